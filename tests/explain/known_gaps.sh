#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The smallest topologies on which `netns-studio --explain` and a real ping used to
# disagree, one per kernel rule the explainer had missed (tests/explain/README.md
# explains each). Run inside the sandbox (ctest: explain.known_gaps):
#
#     scripts/sandbox bash tests/explain/known_gaps.sh [CASE...]
#
# Each case builds its namespaces, compares the explainer's verdict with one ping, and
# deletes them again. Prints one line per case; exits 0 when every case agrees, 1
# otherwise, 77 when not root.
set -uo pipefail

((EUID == 0)) || { echo "known_gaps: needs root; skipping" >&2; exit 77; }
[[ "${NETNS_STUDIO_SANDBOX:-}" == 1 ]] || { echo "known_gaps: run me inside scripts/sandbox" >&2; exit 2; }
repo=$(dirname -- "$(dirname -- "$(dirname -- "$(readlink -f -- "$0")")")")
cli=${NETNS_STUDIO_BUILD:-$repo/build}/bin/netns-studio
[[ -x "$cli" ]] || { echo "known_gaps: $cli is missing: build first" >&2; exit 2; }

# Fresh namespaces; link-local addresses usable at once (no DAD), in the root one too.
ns() {
  local n
  for n; do
    ip netns add "$n"
    ip netns exec "$n" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
    ip -n "$n" link set lo up
  done
}
sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0

disagree=0
out=/run/known_gaps.explain  # the sandbox's own /run: no other run shares it
# check CASE SRC ADDR: one ping against the explainer's verdict
check() {
  local name=$1 src=$2 addr=$3 p e
  sleep 1
  ip netns exec "$src" ping -c1 -W1 -q "$addr" >/dev/null 2>&1 && p=works || p=fails
  "$cli" --explain "$src" "$addr" >"$out" 2>&1 && e=works || e=fails
  if [[ $p == "$e" ]]; then
    printf '%-16s agree     (%s -> %s: ping %s)\n' "$name" "$src" "$addr" "$p"
  else
    printf '%-16s DISAGREE  (%s -> %s: ping %s, explainer says it %s: %s)\n' "$name" "$src" "$addr" "$p" "$e" \
      "$(grep -A1 '^Verdict' "$out" | tail -1)"
    disagree=1
  fi
  rm -f "$out"
  ip -all netns delete
}

# 1. A bridge that is down passes nothing between its ports, even though they are up.
bridge_down() {
  ns a b s
  ip -n s link add br0 type bridge
  ip -n s link add pa type veth peer name va netns a
  ip -n s link add pb type veth peer name vb netns b
  ip -n s link set pa master br0; ip -n s link set pa up
  ip -n s link set pb master br0; ip -n s link set pb up   # br0 itself stays down
  ip -n a addr add 10.0.0.1/24 dev va; ip -n a link set va up
  ip -n b addr add 10.0.0.2/24 dev vb; ip -n b link set vb up
  check bridge-down a 10.0.0.2
}

# 2. IPv4 source: the connected route's src (the address in the destination's subnet),
#    not the output interface's first address.
v4_src_subnet() {
  ns a b
  ip -n a link add va type veth peer name vb netns b
  ip -n a addr add 10.1.0.1/24 dev va; ip -n a addr add 10.2.0.1/24 dev va; ip -n a link set va up
  ip -n b addr add 10.2.0.2/24 dev vb; ip -n b link set vb up   # b has no route to 10.1.0.0/24
  check v4-src-subnet a 10.2.0.2
}

# 3. An IPv4 gateway that is the namespace's own address: the route is on-link.
gw_local() {
  ns a b
  ip -n a link add va type veth peer name vb netns b
  ip -n a addr add 10.1.0.1/24 dev va; ip -n a link set va up
  ip -n b addr add 10.1.0.2/24 dev vb; ip -n b addr add 10.2.0.2/24 dev vb; ip -n b link set vb up
  ip -n a route add 10.2.0.0/24 via 10.1.0.1   # a's own address
  check gw-local a 10.2.0.2
}

# 4. rp_filter=1: the request comes in by a1, but the way back to its source is a2.
rp_filter() {
  ns a
  ip link add h1 type veth peer name a1 netns a
  ip link add h2 type veth peer name a2 netns a
  ip addr add 10.1.0.1/24 dev h1; ip link set h1 up
  ip addr add 10.2.0.1/24 dev h2; ip link set h2 up
  ip -n a addr add 10.1.0.2/24 dev a1; ip -n a link set a1 up
  ip -n a addr add 10.2.0.2/24 dev a2; ip -n a link set a2 up
  ip -n a route add 10.1.0.1/32 dev a2
  ip netns exec a sysctl -qw net.ipv4.conf.all.rp_filter=1
  # (with rp_filter=0 or 2 this ping works)
  local status=0
  sleep 1
  ping -c1 -W1 -q 10.1.0.2 >/dev/null 2>&1 || status=1
  "$cli" --explain host 10.1.0.2 >"$out" 2>&1
  local e=$?
  if (((status == 0) == (e == 0))); then
    printf '%-16s agree     (host -> 10.1.0.2: ping %s)\n' rp-filter "$( ((status)) && echo fails || echo works)"
  else
    printf '%-16s DISAGREE  (host -> 10.1.0.2: ping %s, explainer says it %s)\n' rp-filter \
      "$( ((status)) && echo fails || echo works)" "$( ((e)) && echo fails || echo works)"
    disagree=1
  fi
  rm -f "$out"
  ip link del h1; ip link del h2
  ip -all netns delete
}

# 5. IPv6 neighbour discovery answers only for addresses of the receiving interface
#    (ARP answers for any address of the namespace).
ndp_strict() {
  ns a b
  ip -n a link add va type veth peer name vb netns b
  ip -n b link add vc type veth peer name vd
  ip -n a addr add fd00:1::1/64 dev va nodad; ip -n a link set va up
  ip -n b addr add fd00:1::2/64 dev vb nodad; ip -n b link set vb up
  ip -n b addr add fd00:2::2/64 dev vc nodad; ip -n b link set vc up; ip -n b link set vd up
  ip -n a route add fd00:2::/64 dev va   # (the IPv4 twin of this, 10.2.0.0/24 dev va, works)
  check ndp-strict a fd00:2::2
}

# 6. An IPv6 echo reply prefers a route out of the interface the request came in by,
#    among the routes of the best prefix and metric.
v6_reply_oif() {
  ns a b c
  ip -n b link add i1 type veth peer name c1 netns c   # i1 first: its route is listed first
  ip -n b link add i2 type veth peer name a2 netns a
  ip -n b link set i1 up; ip -n b link set i2 up; ip -n c link set c1 up; ip -n a link set a2 up
  ip -n b addr add fd00:5::b1/64 dev i1 nodad; ip -n b addr add fd00:5::b2/64 dev i2 nodad
  ip -n c addr add fd00:5::c/64 dev c1 nodad
  ip -n a addr add fd00:5::a/64 dev a2 nodad
  check v6-reply-oif a fd00:5::b2   # (the IPv4 twin of this fails, as the explainer says)
}

# 7. IPv6 source selection (RFC 6724): the longest matching prefix wins ...
v6_src_prefix() {
  ns a b
  ip -n a link add va type veth peer name vb netns b
  ip -n a addr add fd00:2::1/64 dev va nodad; ip -n a addr add fd00:1::1/64 dev va nodad
  ip -n a link set va up   # `ip addr` lists fd00:1::1 first (newest first)
  ip -n b addr add fd00:2::2/64 dev vb nodad; ip -n b link set vb up
  check v6-src-prefix a fd00:2::2
}

# 8. ... and without any global address a link-local one is used (on-link, it works).
v6_src_linklocal() {
  ns a b
  ip -n a link add va type veth peer name vb netns b
  ip -n a link set va up
  ip -n b addr add fd00:1::2/64 dev vb nodad; ip -n b link set vb up
  ip -n a route add fd00:1::/64 dev va
  check v6-src-linklocal a fd00:1::2
}

# 9. Forwarding IPv6 out of an interface without a link-local address: no neighbour
#    solicitation can be sent (until something else fills the neighbour cache).
ndp_no_linklocal() {
  ns a r b
  ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
  ip -n a link add ar type veth peer name ra netns r
  ip -n r link add rb type veth peer name vb netns b
  ip -n r link set rb addrgenmode none   # no fe80:: address on rb
  ip -n a addr add fd00:1::1/64 dev ar nodad; ip -n a link set ar up; ip -n a route add ::/0 via fd00:1::2
  ip -n r addr add fd00:1::2/64 dev ra nodad; ip -n r link set ra up
  ip -n r link set rb up; ip -n r addr add fd00:2::2/64 dev rb nodad
  ip -n b addr add fd00:2::1/64 dev vb nodad; ip -n b link set vb up; ip -n b route add ::/0 via fd00:2::2
  check ndp-no-linklocal a fd00:2::1
}

# masquerade NS IF: masquerading of what leaves IF in NS, as core/Masquerade writes it
masquerade() {
  ip netns exec "$1" nft "add table ip netns_studio; add set ip netns_studio masquerade_out { type ifname; }; \
add chain ip netns_studio postrouting { type nat hook postrouting priority srcnat; policy accept; }; \
flush chain ip netns_studio postrouting; \
add rule ip netns_studio postrouting oifname @masquerade_out masquerade comment \"netns-studio\"; \
add element ip netns_studio masquerade_out { \"$2\" }" || { echo "known_gaps: nft failed in $1" >&2; disagree=1; }
}

# 10. Masquerading, twice: a -> r1 -> r2 -> b, where only the routers' own subnets
#     are known behind them. Each router gives the packet its address on the way out,
#     so b answers r2, r2 hands the reply back to r1's address, r1 to a.
nat_chain() {
  ns a r1 r2 b
  ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1; ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
  ip -n a link add v0 type veth peer name v1 netns r1
  ip -n r1 link add v2 type veth peer name v3 netns r2
  ip -n r2 link add v4 type veth peer name v5 netns b
  ip -n a addr add 10.0.1.1/24 dev v0; ip -n a link set v0 up; ip -n a route add default via 10.0.1.2
  ip -n r1 addr add 10.0.1.2/24 dev v1; ip -n r1 link set v1 up
  ip -n r1 addr add 10.0.2.1/24 dev v2; ip -n r1 link set v2 up; ip -n r1 route add default via 10.0.2.2
  ip -n r2 addr add 10.0.2.2/24 dev v3; ip -n r2 link set v3 up
  ip -n r2 addr add 10.0.3.1/24 dev v4; ip -n r2 link set v4 up
  ip -n b addr add 10.0.3.2/24 dev v5; ip -n b link set v5 up
  masquerade r1 v2; masquerade r2 v4
  check nat-chain a 10.0.3.2
}

# 11. Masquerading on the wrong side (what leaves r towards a) does not help a's
#     packets, which leave by the other interface: b has no route back to a.
nat_wrong_side() {
  ns a r b
  ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  ip -n a link add v0 type veth peer name v1 netns r
  ip -n r link add v2 type veth peer name v3 netns b
  ip -n a addr add 10.0.1.1/24 dev v0; ip -n a link set v0 up; ip -n a route add default via 10.0.1.2
  ip -n r addr add 10.0.1.2/24 dev v1; ip -n r link set v1 up
  ip -n r addr add 10.0.2.1/24 dev v2; ip -n r link set v2 up
  ip -n b addr add 10.0.2.2/24 dev v3; ip -n b link set v3 up
  masquerade r v1
  check nat-wrong-side a 10.0.2.2
}

# 12. ARP goes through the reverse-path filter: s hears a's request for 10.0.0.1 twice,
#     on its bridge (no route back to a that way: not answered) and on vs, the peer of
#     one of the bridge's ports (answered). So the ping arrives by vs, where rp_filter
#     lets it in.
arp_rp_filter() {
  ns a s
  ip netns exec s sysctl -qw net.ipv4.conf.all.rp_filter=1
  ip -n s link add br0 type bridge; ip -n s addr add 10.9.0.1/24 dev br0; ip -n s link set br0 up
  ip -n s link add pa type veth peer name va netns a
  ip -n s link add ps type veth peer name vs
  ip -n s link set pa master br0; ip -n s link set pa up
  ip -n s link set ps master br0; ip -n s link set ps up
  ip -n s addr add 10.0.0.1/24 dev vs; ip -n s link set vs up
  ip -n a addr add 10.0.0.2/24 dev va; ip -n a link set va up
  check arp-rp-filter a 10.0.0.1
}

# bridged_nat CASE SWITCH FORWARD: a and b on a bridge in s, which masquerades what
# leaves the bridge; b knows only the way to the bridge's address. With br_netfilter
# (SWITCH 1) what the bridge passes between its ports is masqueraded too, so b answers
# s, which turns the reply back and sends it on: only when it forwards (FORWARD 1;
# the kernel routes the reply, though the bridge then passes it on). With 0 it is not.
bridged_nat() {
  ns a b s
  ip netns exec s sysctl -qw "net.bridge.bridge-nf-call-iptables=$2" "net.ipv4.ip_forward=$3"
  ip -n s link add br0 type bridge; ip -n s addr add 10.0.0.254/24 dev br0; ip -n s link set br0 up
  ip -n s link add pa type veth peer name va netns a
  ip -n s link add pb type veth peer name vb netns b
  ip -n s link set pa master br0; ip -n s link set pa up
  ip -n s link set pb master br0; ip -n s link set pb up
  ip -n a addr add 10.0.0.1/24 dev va; ip -n a link set va up
  ip -n b addr add 10.0.0.2/32 dev vb; ip -n b link set vb up; ip -n b route add 10.0.0.254/32 dev vb
  masquerade s br0
  check "$1" a 10.0.0.2
}
bridged_nat_on() { bridged_nat bridged-nat-on 1 1; }
bridged_nat_off() { bridged_nat bridged-nat-off 0 1; }
bridged_nat_no_fwd() { bridged_nat bridged-nat-no-fwd 1 0; }

# 13. Two namespaces with the same address: b has a's 10.0.0.1 too (on lo). An IPv4
#     packet, or an ARP request, from an address of b's own is taken for a forgery
#     (fib_validate_source, rp_filter or not), so b never answers a.
dup_address() {
  ns a b
  ip -n a link add va type veth peer name vb netns b
  ip -n a addr add 10.0.0.1/24 dev va; ip -n a link set va up
  ip -n b addr add 10.0.0.2/24 dev vb; ip -n b link set vb up; ip -n b addr add 10.0.0.1/32 dev lo
  check dup-address a 10.0.0.2
}

# 14. A connection masqueraded out of one interface that then leaves the same namespace
#     by another is killed (nf_nat_oif_changed): s sends to b out of vs, whose peer ps is
#     a port of s's own bridge; s masquerades vs, and br_netfilter puts the bridged
#     packet through s's postrouting again, now leaving by br0.
nat_oif_changed() {
  ns b s
  ip netns exec s sysctl -qw net.bridge.bridge-nf-call-iptables=1
  ip -n s link add br0 type bridge; ip -n s link set br0 up
  ip -n s link add ps type veth peer name vs
  ip -n s link add pb type veth peer name vb netns b
  ip -n s link set ps master br0; ip -n s link set ps up
  ip -n s link set pb master br0; ip -n s link set pb up
  ip -n s addr add 10.0.0.1/24 dev vs; ip -n s link set vs up
  ip -n b addr add 10.0.0.2/24 dev vb; ip -n b link set vb up
  masquerade s vs
  check nat-oif-changed s 10.0.0.2
}

all=(bridge_down v4_src_subnet gw_local rp_filter ndp_strict v6_reply_oif v6_src_prefix v6_src_linklocal
  ndp_no_linklocal nat_chain nat_wrong_side arp_rp_filter bridged_nat_on bridged_nat_off bridged_nat_no_fwd
  dup_address nat_oif_changed)
(($#)) || set -- "${all[@]}"
for c; do
  c=${c//-/_}
  if [[ " ${all[*]} " != *" $c "* ]]; then
    echo "known_gaps: no case $c (cases: ${all[*]})" >&2
    exit 2
  fi
  if [[ ( $c == bridged_nat_* || $c == nat_oif_changed ) && ! -e /proc/sys/net/bridge/bridge-nf-call-iptables ]]; then
    echo "${c//_/-}: skipped: br_netfilter is not loaded on this host (the helper then reports it off)"
    continue
  fi
  "$c"
done
exit "$disagree"
