// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * bare_scan: the lower bound for a full network-namespace scan.
 *
 * What the helper must do, with nothing else in the way (no Qt, no D-Bus, no
 * model): discover every network namespace (own, every /run/netns entry, /proc/PID/ns/net,
 * deduplicated by nsfs inode), open a NETLINK_ROUTE socket inside each one
 * (setns on this thread; a netlink socket stays bound to the namespace it was
 * created in), dump links, addresses and routes with libnl-route, and map every
 * veth to its peer (namespace identity + ifindex).
 *
 * Peer mapping (no nsid is ever allocated: only RTM_GETNSID, never RTM_NEWNSID):
 *   A veth in namespace A carries IFLA_LINK = peer ifindex p and, when the peer
 *   is elsewhere, IFLA_LINK_NETNSID = N (an nsid meaningful only inside A).
 *   1. Known (A, N) -> B from earlier answers: done, no syscall.
 *   2. Candidates: veths in other namespaces whose ifindex is p and whose
 *      IFLA_LINK is our ifindex (hash lookup). For each candidate B, one
 *      RTM_GETNSID {NETNSA_FD = fd of B} on A's socket; the reply's NETNSA_NSID
 *      is B's nsid as seen from A. Every answer is remembered as (A, nsid) -> B;
 *      when it equals N, the candidate is confirmed, and the candidate's own
 *      IFLA_LINK_NETNSID M gives (B, M) -> A for free (the reverse side).
 *   3. Fallback (peer not among the candidates): ask A about every namespace
 *      not yet asked; remember every answer. A peer in an undiscovered
 *      namespace stays unmapped.
 *   Namespaces with the fewest foreign peers ask first: the kernel answers by
 *   walking the asker's nsid table, and a leaf's answer resolves the hub's side
 *   for free. So a bridge of N namespaces costs N RTM_GETNSID round trips in
 *   all, each O(1) in the kernel. Ambiguous candidates (same ifindex pair in
 *   several namespaces) cost one extra question each.
 *
 * Routes: not rtnl_route_alloc_cache. Its hash table keys routes by (family,
 * tos, table, dst, priority) without the device, so IPv6 routes that differ only
 * by device (fe80::/64 on every interface) collapse into one, silently; and it
 * dumps every table of every family. Instead: one RTM_GETROUTE dump per family
 * with rtm_table = RT_TABLE_MAIN under NETLINK_GET_STRICT_CHK (the kernel filters),
 * each message parsed with rtnl_route_parse. --route-cache uses the cache instead
 * (to compare its cost and what it loses).
 *
 * Usage: netns-bare-scan [--repeat K] [--list] [--route-cache]
 *   prints counts; with --repeat K the median wall time of one full scan over K
 *   in-process runs (CLOCK_MONOTONIC) and the median of each phase; --list
 *   prints one JSON object per namespace (links, addresses, main-table routes,
 *   peers) for verification.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#include <linux/magic.h>
#include <linux/net_namespace.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/route.h>
#include <netlink/socket.h>

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif

struct netns {
    dev_t dev;
    ino_t ino;
    int fd;
    char label[64];
    struct nl_sock* sk;
    struct nl_cache* links;
    struct nl_cache* addrs;
    struct nl_cache* routes;   /* --route-cache only */
    struct rtnl_route** rlist; /* main-table routes, one per kernel message */
    int nroutes, rcap;
    int vfirst, vcount; /* this namespace's veths: veths[vfirst .. vfirst+vcount) */
    int xcount;         /* of which have their peer in another namespace */
};

struct veth {
    int ns; /* index into namespaces */
    int ifindex;
    int iflink;    /* IFLA_LINK: peer ifindex (in the peer's namespace) */
    int32_t nsid;  /* IFLA_LINK_NETNSID, -1 if the peer is in the same namespace */
    int peer;      /* index into veths, -1 unmapped */
    int next_cand; /* chain for the (ifindex, iflink) candidate table */
    int next_idx;  /* chain for the (ns, ifindex) table */
};

/* (namespace A, nsid N) -> namespace B, as learned from RTM_GETNSID answers. */
struct nsid_entry {
    int ns;
    int32_t nsid;
    int target; /* -1 empty */
};

struct scan {
    struct netns* ns;
    int nns, cap;
    struct veth* veths;
    int nveths, vcap;
    int* cand_heads; /* hash (ifindex, iflink) -> first veth */
    int* idx_heads;  /* hash (ns, ifindex) -> first veth */
    int hsize;
    struct nsid_entry* nsids;
    int nsid_size, nsid_used;
    unsigned char* asked; /* asked[A * nns + B]: A already asked about B */
    /* counts */
    long links, addrs, routes4, routes6, peers_mapped, peers_unmapped, getnsid;
    uint32_t seq;
    /* phase times, ms */
    double t_discover, t_sockets, t_links, t_addrs, t_routes, t_peers;
};

static double now_ms(void);

static void die(const char* what)
{
    perror(what);
    exit(1);
}

/* ---- discovery ---- */

/* A hash set of inodes so that /proc scanning stays linear. */
struct inoset {
    uint64_t* keys;
    size_t size, used;
};

static uint64_t ino_key(dev_t dev, ino_t ino)
{
    return ((uint64_t)dev << 40) ^ (uint64_t)ino ^ 0x9e3779b97f4a7c15ULL;
}

static int inoset_insert(struct inoset* set, uint64_t key) /* 1 if new */
{
    if ((set->used + 1) * 2 > set->size) {
        size_t nsize = set->size ? set->size * 2 : 1024;
        uint64_t* nk = calloc(nsize, sizeof *nk);
        if (!nk)
            die("calloc");
        for (size_t i = 0; i < set->size; ++i)
            if (set->keys[i]) {
                size_t h = (set->keys[i] * 0x9e3779b97f4a7c15ULL) & (nsize - 1);
                while (nk[h])
                    h = (h + 1) & (nsize - 1);
                nk[h] = set->keys[i];
            }
        free(set->keys);
        set->keys = nk;
        set->size = nsize;
    }
    size_t h = (key * 0x9e3779b97f4a7c15ULL) & (set->size - 1);
    while (set->keys[h]) {
        if (set->keys[h] == key)
            return 0;
        h = (h + 1) & (set->size - 1);
    }
    set->keys[h] = key;
    set->used++;
    return 1;
}

static void add_ns(struct scan* s, int fd, const struct stat* st, const char* label)
{
    if (s->nns == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->ns = realloc(s->ns, s->cap * sizeof *s->ns);
        if (!s->ns)
            die("realloc");
    }
    struct netns* n = &s->ns[s->nns++];
    memset(n, 0, sizeof *n);
    n->dev = st->st_dev;
    n->ino = st->st_ino;
    n->fd = fd;
    snprintf(n->label, sizeof n->label, "%s", label);
}

static void discover(struct scan* s, struct inoset* seen)
{
    struct stat st;
    char path[PATH_MAX];

    /* Our own (the host's) namespace first. */
    int fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) < 0)
        die("own netns");
    inoset_insert(seen, ino_key(st.st_dev, st.st_ino));
    add_ns(s, fd, &st, "host");

    /* Named: every /run/netns entry that really is an nsfs file. */
    DIR* d = opendir("/run/netns");
    if (d) {
        struct dirent* e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
                continue;
            snprintf(path, sizeof path, "/run/netns/%s", e->d_name);
            fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0)
                continue;
            struct statfs sfs;
            if (fstatfs(fd, &sfs) < 0 || sfs.f_type != NSFS_MAGIC || fstat(fd, &st) < 0) {
                close(fd); /* a planted regular file, an unmounted placeholder */
                continue;
            }
            if (!inoset_insert(seen, ino_key(st.st_dev, st.st_ino))) {
                close(fd);
                continue;
            }
            char label[64];
            snprintf(label, sizeof label, "name:%.58s", e->d_name);
            add_ns(s, fd, &st, label);
        }
        closedir(d);
    }

    /* Held by processes: stat first (cheap), open only unseen ones. */
    d = opendir("/proc");
    if (!d)
        die("/proc");
    struct dirent* e;
    while ((e = readdir(d))) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9')
            continue;
        snprintf(path, sizeof path, "/proc/%s/ns/net", e->d_name);
        if (stat(path, &st) < 0)
            continue; /* gone, kernel thread, or no permission */
        if (!inoset_insert(seen, ino_key(st.st_dev, st.st_ino)))
            continue;
        fd = open(path, O_RDONLY | O_CLOEXEC);
        struct stat st2;
        if (fd < 0 || fstat(fd, &st2) < 0 || st2.st_ino != st.st_ino) {
            if (fd >= 0)
                close(fd); /* the pid was reused between stat and open */
            continue;
        }
        char label[64];
        snprintf(label, sizeof label, "pid:%.58s", e->d_name);
        add_ns(s, fd, &st, label);
    }
    closedir(d);
}

/* ---- RTM_GETNSID over the namespace's own socket (plain netlink) ---- */

/* Returns the nsid of the namespace behind target_fd as seen from the socket's
 * namespace, NETNSA_NSID_NOT_ASSIGNED (-1) if none, or -2 on error. Never
 * allocates an nsid (that would be RTM_NEWNSID). */
static int32_t get_nsid(struct scan* s, struct nl_sock* sk, int target_fd)
{
    struct {
        struct nlmsghdr n;
        struct rtgenmsg g;
        char pad[NLMSG_ALIGN(sizeof(struct rtgenmsg)) - sizeof(struct rtgenmsg)];
        struct nlattr a;
        uint32_t fd;
    } req;
    memset(&req, 0, sizeof req);
    req.n.nlmsg_len = sizeof req;
    req.n.nlmsg_type = RTM_GETNSID;
    req.n.nlmsg_flags = NLM_F_REQUEST;
    req.n.nlmsg_seq = ++s->seq;
    req.g.rtgen_family = AF_UNSPEC;
    req.a.nla_len = NLA_HDRLEN + sizeof(uint32_t);
    req.a.nla_type = NETNSA_FD;
    req.fd = (uint32_t)target_fd;

    int sock = nl_socket_get_fd(sk);
    struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
    s->getnsid++;
    if (sendto(sock, &req, sizeof req, 0, (struct sockaddr*)&kernel, sizeof kernel) < 0)
        return -2;

    char buf[1024];
    for (;;) {
        struct sockaddr_nl from;
        socklen_t fromlen = sizeof from;
        ssize_t len = recvfrom(sock, buf, sizeof buf, 0, (struct sockaddr*)&from, &fromlen);
        if (len < 0) {
            if (errno == EINTR)
                continue;
            return -2;
        }
        if (from.nl_pid != 0)
            continue; /* not from the kernel */
        for (struct nlmsghdr* h = (struct nlmsghdr*)buf; NLMSG_OK(h, (size_t)len);
             h = NLMSG_NEXT(h, len)) {
            if (h->nlmsg_seq != req.n.nlmsg_seq)
                continue;
            if (h->nlmsg_type == NLMSG_ERROR)
                return -2;
            if (h->nlmsg_type != RTM_NEWNSID)
                continue;
            if (h->nlmsg_len < NLMSG_LENGTH(NLMSG_ALIGN(sizeof(struct rtgenmsg))))
                return -2;
            int alen = (int)(h->nlmsg_len - NLMSG_LENGTH(NLMSG_ALIGN(sizeof(struct rtgenmsg))));
            struct nlattr* a =
                (struct nlattr*)((char*)NLMSG_DATA(h) + NLMSG_ALIGN(sizeof(struct rtgenmsg)));
            while (alen >= (int)NLA_HDRLEN && a->nla_len >= NLA_HDRLEN && a->nla_len <= alen) {
                if ((a->nla_type & NLA_TYPE_MASK) == NETNSA_NSID)
                    return *(int32_t*)((char*)a + NLA_HDRLEN);
                alen -= NLA_ALIGN(a->nla_len);
                a = (struct nlattr*)((char*)a + NLA_ALIGN(a->nla_len));
            }
            return -2;
        }
    }
}

/* ---- peer mapping ---- */

static size_t hash2(int a, int b, int size)
{
    uint64_t k = ((uint64_t)(uint32_t)a << 32) | (uint32_t)b;
    k *= 0x9e3779b97f4a7c15ULL;
    return (size_t)(k >> 20) & (size_t)(size - 1);
}

static struct nsid_entry* nsid_slot(struct scan* s, int ns, int32_t nsid)
{
    size_t h = hash2(ns, nsid, s->nsid_size);
    while (s->nsids[h].target >= 0 && !(s->nsids[h].ns == ns && s->nsids[h].nsid == nsid))
        h = (h + 1) & (size_t)(s->nsid_size - 1);
    return &s->nsids[h];
}

static void nsid_learn(struct scan* s, int ns, int32_t nsid, int target)
{
    if (nsid < 0)
        return;
    struct nsid_entry* e = nsid_slot(s, ns, nsid);
    if (e->target < 0) {
        if ((s->nsid_used + 1) * 2 > s->nsid_size)
            return; /* table full: we simply ask again later */
        s->nsid_used++;
    }
    e->ns = ns;
    e->nsid = nsid;
    e->target = target;
}

static int nsid_lookup(struct scan* s, int ns, int32_t nsid)
{
    struct nsid_entry* e = nsid_slot(s, ns, nsid);
    return e->target;
}

static int veth_at(struct scan* s, int ns, int ifindex)
{
    for (int v = s->idx_heads[hash2(ns, ifindex, s->hsize)]; v >= 0; v = s->veths[v].next_idx)
        if (s->veths[v].ns == ns && s->veths[v].ifindex == ifindex)
            return v;
    return -1;
}

/* Ask A what nsid B has; remember the answer. */
static int32_t ask(struct scan* s, int a, int b)
{
    s->asked[(size_t)a * s->nns + b] = 1;
    int32_t id = get_nsid(s, s->ns[a].sk, s->ns[b].fd);
    nsid_learn(s, a, id, b);
    return id;
}

static void link_pair(struct scan* s, int v, int w)
{
    s->veths[v].peer = w;
    s->veths[w].peer = v;
    /* The reverse side for free: w's nsid (seen from w's namespace) names v's namespace. */
    if (s->veths[w].nsid >= 0)
        nsid_learn(s, s->veths[w].ns, s->veths[w].nsid, s->veths[v].ns);
    if (s->veths[v].nsid >= 0)
        nsid_learn(s, s->veths[v].ns, s->veths[v].nsid, s->veths[w].ns);
}

static void map_peers(struct scan* s)
{
    s->hsize = 64;
    while (s->hsize < s->nveths * 2)
        s->hsize *= 2;
    s->cand_heads = malloc(s->hsize * sizeof(int));
    s->idx_heads = malloc(s->hsize * sizeof(int));
    s->nsid_size = s->hsize * 2;
    s->nsids = malloc(s->nsid_size * sizeof *s->nsids);
    s->asked = calloc((size_t)s->nns * s->nns, 1);
    if (!s->cand_heads || !s->idx_heads || !s->nsids || !s->asked)
        die("malloc");
    memset(s->cand_heads, 0xff, s->hsize * sizeof(int));
    memset(s->idx_heads, 0xff, s->hsize * sizeof(int));
    for (int i = 0; i < s->nsid_size; ++i)
        s->nsids[i].target = -1;

    for (int v = 0; v < s->nveths; ++v) {
        struct veth* x = &s->veths[v];
        size_t hc = hash2(x->ifindex, x->iflink, s->hsize);
        x->next_cand = s->cand_heads[hc];
        s->cand_heads[hc] = v;
        size_t hi = hash2(x->ns, x->ifindex, s->hsize);
        x->next_idx = s->idx_heads[hi];
        s->idx_heads[hi] = v;
    }

    /* Ask from the namespaces with the fewest foreign peers first. The kernel
     * answers RTM_GETNSID by walking the asking namespace's whole nsid table, so
     * a bridge namespace with N peers pays O(N) per question; a leaf namespace
     * pays O(1), and each answer also resolves the other end for free. */
    int* order = malloc((s->nns ? s->nns : 1) * sizeof(int));
    if (!order)
        die("malloc");
    for (int i = 0; i < s->nns; ++i)
        order[i] = i;
    for (int i = 1; i < s->nns; ++i) { /* insertion sort is fine: mostly sorted by count */
        int o = order[i], j = i;
        while (j > 0 && s->ns[order[j - 1]].xcount > s->ns[o].xcount) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = o;
    }

    int* asking = malloc((s->nveths ? s->nveths : 1) * sizeof(int));
    if (!asking)
        die("malloc");
    for (int oi = 0, k = 0; oi < s->nns; ++oi)
        for (int c = 0; c < s->ns[order[oi]].vcount; ++c)
            asking[k++] = s->ns[order[oi]].vfirst + c;

    for (int step = 0; step < s->nveths; ++step) {
        int v = asking[step];
        struct veth* x = &s->veths[v];
        if (x->peer >= 0)
            continue;
        int w = -1;
        if (x->nsid < 0) {
            w = veth_at(s, x->ns, x->iflink); /* peer in the same namespace */
        } else {
            int b = nsid_lookup(s, x->ns, x->nsid);
            if (b >= 0) {
                w = veth_at(s, b, x->iflink);
            } else {
                /* Candidates: veths elsewhere at ifindex iflink whose IFLA_LINK is us. */
                for (int c = s->cand_heads[hash2(x->iflink, x->ifindex, s->hsize)]; c >= 0 && w < 0;
                     c = s->veths[c].next_cand) {
                    struct veth* y = &s->veths[c];
                    if (y->ifindex != x->iflink || y->iflink != x->ifindex || y->ns == x->ns ||
                        y->peer >= 0 || y->nsid < 0)
                        continue;
                    /* The candidate's own nsid already names another namespace. */
                    int back = nsid_lookup(s, y->ns, y->nsid);
                    if (back >= 0 && back != x->ns)
                        continue;
                    /* Asked before with another answer: had it been N, the
                     * lookup above would have found it. */
                    if (s->asked[(size_t)x->ns * s->nns + y->ns])
                        continue;
                    if (ask(s, x->ns, y->ns) == x->nsid)
                        w = c;
                }
                /* Fallback: ask about every namespace not asked yet. */
                for (int b2 = 0; w < 0 && b2 < s->nns; ++b2) {
                    if (b2 == x->ns || s->asked[(size_t)x->ns * s->nns + b2])
                        continue;
                    if (ask(s, x->ns, b2) == x->nsid)
                        w = veth_at(s, b2, x->iflink);
                }
            }
        }
        if (w >= 0 && w != v)
            link_pair(s, v, w);
    }
    free(asking);
    free(order);
    for (int v = 0; v < s->nveths; ++v) {
        if (s->veths[v].peer >= 0)
            s->peers_mapped++;
        else
            s->peers_unmapped++;
    }
}

/* ---- routes: our own dump of the main table (see the note on the route cache) ---- */

static int route_cache_mode;

struct route_dump {
    struct scan* s;
    struct netns* n;
    int error; /* from NLMSG_DONE */
};

/* A dump that the kernel refuses still ends in NLMSG_DONE, with the error in its
 * payload; libnl does not look there. */
static int dump_done(struct nl_msg* msg, void* arg)
{
    struct route_dump* d = arg;
    struct nlmsghdr* h = nlmsg_hdr(msg);
    if (h->nlmsg_len >= NLMSG_LENGTH(sizeof(int)))
        d->error = *(int*)NLMSG_DATA(h);
    return NL_STOP;
}

static int route_msg(struct nl_msg* msg, void* arg)
{
    struct route_dump* d = arg;
    struct rtnl_route* r;
    if (rtnl_route_parse(nlmsg_hdr(msg), &r) < 0)
        return NL_SKIP;
    if (rtnl_route_get_table(r) != RT_TABLE_MAIN) { /* the kernel filtered already; be safe */
        rtnl_route_put(r);
        return NL_OK;
    }
    if (d->n->nroutes == d->n->rcap) {
        d->n->rcap = d->n->rcap ? d->n->rcap * 2 : 16;
        d->n->rlist = realloc(d->n->rlist, d->n->rcap * sizeof *d->n->rlist);
        if (!d->n->rlist)
            die("realloc");
    }
    d->n->rlist[d->n->nroutes++] = r;
    if (rtnl_route_get_family(r) == AF_INET)
        d->s->routes4++;
    else
        d->s->routes6++;
    return NL_OK;
}

/* One RTM_GETROUTE dump per family with the table in the header: with
 * NETLINK_GET_STRICT_CHK the kernel filters by table, so the local table (several
 * routes per address and per interface) never crosses into user space. */
static int dump_main_routes(struct scan* s, struct netns* n)
{
    static const int families[] = {AF_INET, AF_INET6};
    struct route_dump d = {s, n, 0};
    /* Strict checking only now: libnl's own link/address dump requests are too
     * short for it, and the kernel's refusal (-EINVAL inside NLMSG_DONE) is
     * ignored by libnl, which then reports an empty cache as success. */
    int one = 1;
    if (setsockopt(nl_socket_get_fd(n->sk), SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof one) <
        0)
        return -NLE_FAILURE;
    struct nl_cb* cb = nl_cb_clone(nl_socket_get_cb(n->sk));
    if (!cb)
        return -NLE_NOMEM;
    nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, route_msg, &d);
    nl_cb_set(cb, NL_CB_FINISH, NL_CB_CUSTOM, dump_done, &d);
    int err = 0;
    for (size_t i = 0; i < sizeof families / sizeof *families && err >= 0; ++i) {
        struct rtmsg rtm = {.rtm_family = (unsigned char)families[i], .rtm_table = RT_TABLE_MAIN};
        struct nl_msg* msg = nlmsg_alloc_simple(RTM_GETROUTE, NLM_F_DUMP);
        if (!msg || nlmsg_append(msg, &rtm, sizeof rtm, NLMSG_ALIGNTO) < 0) {
            err = -NLE_NOMEM;
        } else if ((err = nl_send_auto(n->sk, msg)) >= 0) {
            d.error = 0;
            err = nl_recvmsgs(n->sk, cb);
            if (err >= 0 && d.error < 0)
                err = -nl_syserr2nlerr(-d.error);
            /* ENOENT: the namespace has no main table yet (IPv4 creates it with
             * the first route); with the table filter that is an error, not an
             * empty dump. */
            if (err == -NLE_OBJ_NOTFOUND)
                err = 0;
        }
        nlmsg_free(msg);
    }
    nl_cb_put(cb);
    return err;
}

/* ---- one full scan ---- */

static void collect_veth(struct nl_object* obj, void* arg)
{
    struct scan* s = ((void**)arg)[0];
    int ns = *(int*)((void**)arg)[1];
    struct rtnl_link* l = (struct rtnl_link*)obj;
    s->links++;
    const char* kind = rtnl_link_get_type(l);
    if (!kind || strcmp(kind, "veth") != 0)
        return;
    if (s->nveths == s->vcap) {
        s->vcap = s->vcap ? s->vcap * 2 : 256;
        s->veths = realloc(s->veths, s->vcap * sizeof *s->veths);
        if (!s->veths)
            die("realloc");
    }
    struct veth* v = &s->veths[s->nveths++];
    v->ns = ns;
    v->ifindex = rtnl_link_get_ifindex(l);
    v->iflink = rtnl_link_get_link(l);
    int32_t id;
    v->nsid = rtnl_link_get_link_netnsid(l, &id) == 0 ? id : -1;
    v->peer = -1;
    s->ns[ns].vcount++;
    if (v->nsid >= 0)
        s->ns[ns].xcount++;
}

static void count_route(struct nl_object* obj, void* arg)
{
    struct scan* s = arg;
    struct rtnl_route* r = (struct rtnl_route*)obj;
    if (rtnl_route_get_table(r) != RT_TABLE_MAIN)
        return;
    if (rtnl_route_get_family(r) == AF_INET)
        s->routes4++;
    else if (rtnl_route_get_family(r) == AF_INET6)
        s->routes6++;
}

static void scan_once(struct scan* s, int home_fd)
{
    struct inoset seen = {0};
    memset(s, 0, sizeof *s);
    double t = now_ms(), t1;
    discover(s, &seen);
    free(seen.keys);
    s->t_discover = (t1 = now_ms()) - t;
    t = t1;

    /* Sockets: each one created on this thread while it is inside the namespace. */
    for (int i = 0; i < s->nns; ++i) {
        struct netns* n = &s->ns[i];
        if (setns(n->fd, CLONE_NEWNET) < 0)
            die("setns");
        n->sk = nl_socket_alloc();
        if (!n->sk || nl_connect(n->sk, NETLINK_ROUTE) < 0)
            die("nl_connect");
    }
    if (setns(home_fd, CLONE_NEWNET) < 0)
        die("setns home");
    s->t_sockets = (t1 = now_ms()) - t;
    t = t1;

    for (int i = 0; i < s->nns; ++i) {
        struct netns* n = &s->ns[i];
        int err;
        if ((err = rtnl_link_alloc_cache(n->sk, AF_UNSPEC, &n->links)) < 0)
            goto fail;
        n->vfirst = s->nveths;
        void* arg[2] = {s, &i};
        nl_cache_foreach(n->links, collect_veth, arg);
        s->t_links += (t1 = now_ms()) - t;
        t = t1;
        if ((err = rtnl_addr_alloc_cache(n->sk, &n->addrs)) < 0)
            goto fail;
        s->addrs += nl_cache_nitems(n->addrs);
        s->t_addrs += (t1 = now_ms()) - t;
        t = t1;
        if ((err = route_cache_mode ? rtnl_route_alloc_cache(n->sk, AF_UNSPEC, 0, &n->routes)
                                    : dump_main_routes(s, n)) < 0)
            goto fail;
        if (route_cache_mode)
            nl_cache_foreach(n->routes, count_route, s);
        s->t_routes += (t1 = now_ms()) - t;
        t = t1;
        continue;
    fail:
        fprintf(stderr, "dump %s: %s\n", n->label, nl_geterror(err));
        exit(1);
    }
    map_peers(s);
    s->t_peers = now_ms() - t;
}

static void scan_free(struct scan* s)
{
    for (int i = 0; i < s->nns; ++i) {
        struct netns* n = &s->ns[i];
        nl_cache_free(n->links);
        nl_cache_free(n->addrs);
        if (n->routes)
            nl_cache_free(n->routes);
        for (int r = 0; r < n->nroutes; ++r)
            rtnl_route_put(n->rlist[r]);
        free(n->rlist);
        nl_socket_free(n->sk);
        close(n->fd);
    }
    free(s->ns);
    free(s->veths);
    free(s->cand_heads);
    free(s->idx_heads);
    free(s->nsids);
    free(s->asked);
}

/* ---- --list: JSON per namespace, for checking against ip -j ---- */

static void json_str(const char* str)
{
    putchar('"');
    for (const unsigned char* p = (const unsigned char*)str; *p; ++p) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

struct list_ctx {
    struct scan* s;
    int ns;
    int first;
};

static void list_link(struct nl_object* obj, void* arg)
{
    struct list_ctx* c = arg;
    struct rtnl_link* l = (struct rtnl_link*)obj;
    char buf[64];
    printf("%s{\"ifindex\":%d,\"ifname\":", c->first ? "" : ",", rtnl_link_get_ifindex(l));
    c->first = 0;
    json_str(rtnl_link_get_name(l));
    const char* kind = rtnl_link_get_type(l);
    printf(",\"kind\":");
    if (kind)
        json_str(kind);
    else
        printf("null");
    printf(",\"link\":%d,\"master\":%d,\"operstate\":", rtnl_link_get_link(l),
           rtnl_link_get_master(l));
    json_str(rtnl_link_operstate2str(rtnl_link_get_operstate(l), buf, sizeof buf));
    int32_t id;
    if (rtnl_link_get_link_netnsid(l, &id) == 0)
        printf(",\"link_netnsid\":%d", id);
    int v = (kind && !strcmp(kind, "veth")) ? veth_at(c->s, c->ns, rtnl_link_get_ifindex(l)) : -1;
    if (v >= 0 && c->s->veths[v].peer >= 0) {
        struct veth* p = &c->s->veths[c->s->veths[v].peer];
        printf(",\"peer_ns\":%lu,\"peer_ifindex\":%d", (unsigned long)c->s->ns[p->ns].ino,
               p->ifindex);
    }
    printf("}");
}

static void list_addr(struct nl_object* obj, void* arg)
{
    struct list_ctx* c = arg;
    struct rtnl_addr* a = (struct rtnl_addr*)obj;
    char buf[128];
    struct nl_addr* local = rtnl_addr_get_local(a);
    /* nl_addr2str appends "/prefixlen" unless it is the full length: print the
     * bare address and the prefix length separately. */
    printf("%s{\"ifindex\":%d,\"family\":%d,\"local\":", c->first ? "" : ",",
           rtnl_addr_get_ifindex(a), rtnl_addr_get_family(a));
    c->first = 0;
    if (local) {
        inet_ntop(nl_addr_get_family(local), nl_addr_get_binary_addr(local), buf, sizeof buf);
        json_str(buf);
    } else {
        printf("null");
    }
    printf(",\"prefixlen\":%d}", rtnl_addr_get_prefixlen(a));
}

static void list_route(struct nl_object* obj, void* arg)
{
    struct list_ctx* c = arg;
    struct rtnl_route* r = (struct rtnl_route*)obj;
    char buf[128];
    if (rtnl_route_get_table(r) != RT_TABLE_MAIN ||
        (rtnl_route_get_family(r) != AF_INET && rtnl_route_get_family(r) != AF_INET6))
        return;
    printf("%s{\"family\":%d,\"dst\":", c->first ? "" : ",", rtnl_route_get_family(r));
    c->first = 0;
    struct nl_addr* dst = rtnl_route_get_dst(r);
    if (!dst || nl_addr_get_prefixlen(dst) == 0) {
        json_str("default");
    } else {
        char ab[INET6_ADDRSTRLEN];
        inet_ntop(nl_addr_get_family(dst), nl_addr_get_binary_addr(dst), ab, sizeof ab);
        snprintf(buf, sizeof buf, "%s/%u", ab, nl_addr_get_prefixlen(dst));
        json_str(buf);
    }
    if (rtnl_route_get_nnexthops(r) > 0) {
        struct rtnl_nexthop* nh = rtnl_route_nexthop_n(r, 0);
        printf(",\"dev\":%d", rtnl_route_nh_get_ifindex(nh));
        struct nl_addr* gw = rtnl_route_nh_get_gateway(nh);
        if (gw) {
            inet_ntop(nl_addr_get_family(gw), nl_addr_get_binary_addr(gw), buf, sizeof buf);
            printf(",\"gateway\":");
            json_str(buf);
        }
    }
    printf("}");
}

static void list_all(struct scan* s)
{
    for (int i = 0; i < s->nns; ++i) {
        struct netns* n = &s->ns[i];
        struct list_ctx c = {s, i, 1};
        printf("{\"ns\":%lu,\"label\":", (unsigned long)n->ino);
        json_str(n->label);
        printf(",\"links\":[");
        nl_cache_foreach(n->links, list_link, &c);
        printf("],\"addrs\":[");
        c.first = 1;
        nl_cache_foreach(n->addrs, list_addr, &c);
        printf("],\"routes\":[");
        c.first = 1;
        if (route_cache_mode)
            nl_cache_foreach(n->routes, list_route, &c);
        for (int r = 0; r < n->nroutes; ++r)
            list_route((struct nl_object*)n->rlist[r], &c);
        printf("]}\n");
    }
}

/* ---- main ---- */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void* a, const void* b)
{
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

int main(int argc, char** argv)
{
    int repeat = 0, list = 0;
    for (int i = 1; i < argc; ++i) {
        if (!strcmp(argv[i], "--repeat") && i + 1 < argc) {
            repeat = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--list")) {
            list = 1;
        } else if (!strcmp(argv[i], "--route-cache")) {
            route_cache_mode = 1;
        } else {
            fprintf(stderr, "usage: %s [--repeat K] [--list] [--route-cache]\n", argv[0]);
            return 2;
        }
    }

    int home_fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (home_fd < 0)
        die("/proc/thread-self/ns/net");

    struct scan s;
    double first_start = now_ms();
    scan_once(&s, home_fd);
    double first_ms = now_ms() - first_start;

    if (list)
        list_all(&s);
    printf("namespaces: %d\n", s.nns);
    printf("links: %ld\n", s.links);
    printf("addresses: %ld\n", s.addrs);
    printf("routes: %ld (main table: ipv4 %ld, ipv6 %ld)\n", s.routes4 + s.routes6, s.routes4,
           s.routes6);
    printf("veths: %d\n", s.nveths);
    printf("peers mapped: %ld\n", s.peers_mapped);
    printf("peers unmapped: %ld\n", s.peers_unmapped);
    printf("getnsid requests: %ld\n", s.getnsid);
    printf("first scan ms: %.3f\n", first_ms);
    scan_free(&s);

    if (repeat > 0) {
        enum { TOTAL, DISCOVER, SOCKETS, LINKS, ADDRS, ROUTES, PEERS, NPHASES };
        static const char* const phase_names[NPHASES] = {
            "total", "discovery", "sockets", "links", "addresses", "routes", "peers"};
        double* t = malloc((size_t)repeat * NPHASES * sizeof *t);
        if (!t)
            die("malloc");
        for (int k = 0; k < repeat; ++k) {
            double t0 = now_ms();
            scan_once(&s, home_fd);
            t[TOTAL * repeat + k] = now_ms() - t0;
            t[DISCOVER * repeat + k] = s.t_discover;
            t[SOCKETS * repeat + k] = s.t_sockets;
            t[LINKS * repeat + k] = s.t_links;
            t[ADDRS * repeat + k] = s.t_addrs;
            t[ROUTES * repeat + k] = s.t_routes;
            t[PEERS * repeat + k] = s.t_peers;
            scan_free(&s);
        }
        double med[NPHASES];
        for (int p = 0; p < NPHASES; ++p) {
            double* v = t + p * repeat;
            qsort(v, repeat, sizeof *v, cmp_double);
            med[p] = repeat % 2 ? v[repeat / 2] : (v[repeat / 2 - 1] + v[repeat / 2]) / 2;
        }
        printf("scan median ms: %.3f (%d runs, min %.3f, max %.3f)\n", med[TOTAL], repeat, t[0],
               t[repeat - 1]);
        printf("phase medians ms:");
        for (int p = DISCOVER; p < NPHASES; ++p)
            printf(" %s %.3f%s", phase_names[p], med[p], p + 1 < NPHASES ? "," : "\n");
        free(t);
    }

    /* Back home (scan_once already returned there; make sure). */
    if (setns(home_fd, CLONE_NEWNET) < 0)
        die("setns home");
    close(home_fd);
    return 0;
}
