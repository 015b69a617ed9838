// SPDX-License-Identifier: GPL-3.0-or-later
#include "NamespaceDiscovery.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unordered_map>

namespace NetnsStudio {

namespace {

/// "net:[4026531840]" -> 4026531840, or 0.
NamespaceId inodeFromLink(const QString& path)
{
    char buffer[64];
    const QByteArray p = QFile::encodeName(path);
    const ssize_t n = ::readlink(p.constData(), buffer, sizeof buffer - 1);
    if (n <= 0)
        return 0;
    buffer[n] = '\0';
    unsigned long long inode = 0;
    if (std::sscanf(buffer, "net:[%llu]", &inode) != 1)
        return 0;
    return inode;
}

QString processName(const QString& procDir, quint32 pid)
{
    QFile comm(QStringLiteral("%1/%2/comm").arg(procDir).arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

UniqueFd NamespaceDiscovery::openNetNamespace(const QString& path, Links links)
{
    const QByteArray p = QFile::encodeName(path);
    const int noFollow = links == Links::Refuse ? O_NOFOLLOW : 0;
    UniqueFd fd(::open(p.constData(), O_RDONLY | O_CLOEXEC | noFollow));
    if (!fd.isValid())
        return {};
    struct statfs fs {};
    if (::fstatfs(fd.get(), &fs) != 0 || fs.f_type != NSFS_MAGIC)
        return {};
    if (::ioctl(fd.get(), NS_GET_NSTYPE) != CLONE_NEWNET)
        return {};
    return fd;
}

std::vector<DiscoveredNamespace> NamespaceDiscovery::discover(const std::function<bool(NamespaceId)>& isOpen) const
{
    std::vector<DiscoveredNamespace> found;
    std::unordered_map<NamespaceId, size_t> byId;
    struct stat nsfs {};
    const bool haveNsfs = ::stat(QFile::encodeName(m_paths.procDir + QStringLiteral("/self/ns/net")).constData(), &nsfs) == 0;

    auto add = [&](const QString& path, NamespaceKind kind) -> DiscoveredNamespace* {
        // Known to the caller: no need to open it again (lstat sees the nsfs file
        // mounted there, and never follows a planted symlink).
        struct stat known {};
        if (isOpen && haveNsfs && ::lstat(QFile::encodeName(path).constData(), &known) == 0 &&
            known.st_dev == nsfs.st_dev && isOpen(known.st_ino)) {
            if (auto it = byId.find(known.st_ino); it != byId.end())
                return &found[it->second];
            DiscoveredNamespace ns;
            ns.id = known.st_ino;
            ns.kind = kind;
            byId.emplace(ns.id, found.size());
            found.push_back(std::move(ns));
            return &found.back();
        }
        // A symlink planted in /run/netns must not lead us elsewhere.
        UniqueFd fd = openNetNamespace(path, path.startsWith(m_paths.procDir + QLatin1Char('/'))
                                                 ? Links::Follow
                                                 : Links::Refuse);
        struct stat st {};
        if (!fd.isValid() || ::fstat(fd.get(), &st) != 0)
            return nullptr;
        if (auto it = byId.find(st.st_ino); it != byId.end())
            return &found[it->second];
        DiscoveredNamespace ns;
        ns.id = st.st_ino;
        ns.kind = kind;
        ns.fd = std::move(fd);
        byId.emplace(ns.id, found.size());
        found.push_back(std::move(ns));
        return &found.back();
    };

    if (auto* host = add(m_paths.procDir + QStringLiteral("/thread-self/ns/net"), NamespaceKind::Host))
        host->label = QStringLiteral("host");

    for (const QString& name : entriesOf(m_paths.netnsDir)) {
        DiscoveredNamespace* ns = add(m_paths.netnsDir + QLatin1Char('/') + name,
                                      NamespaceKind::Named);
        if (!ns || !ns->name.isEmpty())
            continue;
        ns->name = name;
        if (ns->kind != NamespaceKind::Host)
            ns->label = name;
    }

    for (const QString& id : entriesOf(m_paths.dockerNetnsDir)) {
        DiscoveredNamespace* ns = add(m_paths.dockerNetnsDir + QLatin1Char('/') + id,
                                      NamespaceKind::Container);
        if (ns && ns->kind == NamespaceKind::Container)
            ns->label = QStringLiteral("docker %1").arg(id.left(12));
    }

    // Processes: readlink is cheap; open only the first holder of each new inode.
    DIR* proc = ::opendir(QFile::encodeName(m_paths.procDir).constData());
    if (proc) {
        while (const dirent* entry = ::readdir(proc)) {
            char* end = nullptr;
            const unsigned long pid = std::strtoul(entry->d_name, &end, 10);
            if (pid == 0 || *end != '\0')
                continue;
            const QString nsPath = QStringLiteral("%1/%2/ns/net").arg(m_paths.procDir).arg(pid);
            const NamespaceId inode = inodeFromLink(nsPath);
            if (inode == 0)
                continue;
            auto it = byId.find(inode);
            DiscoveredNamespace* ns = nullptr;
            if (it != byId.end()) {
                ns = &found[it->second];
            } else if (isOpen && isOpen(inode)) {
                DiscoveredNamespace known;
                known.id = inode;
                known.kind = NamespaceKind::Process;
                byId.emplace(inode, found.size());
                found.push_back(std::move(known));
                ns = &found.back();
            } else {
                ns = add(nsPath, NamespaceKind::Process);
            }
            if (!ns || ns->kind == NamespaceKind::Host)
                continue;
            ns->pids.append(quint32(pid));
        }
        ::closedir(proc);
    }

    for (DiscoveredNamespace& ns : found) {
        std::sort(ns.pids.begin(), ns.pids.end());
        if (ns.kind == NamespaceKind::Process && !ns.pids.isEmpty()) {
            const quint32 pid = ns.pids.first();
            ns.label = QStringLiteral("pid %1 (%2)").arg(pid).arg(processName(m_paths.procDir, pid));
        }
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const DiscoveredNamespace& a, const DiscoveredNamespace& b) {
                         if (a.kind != b.kind)
                             return int(a.kind) < int(b.kind);
                         if (a.kind == NamespaceKind::Named)
                             return a.name < b.name;
                         const quint32 pa = a.pids.isEmpty() ? 0 : a.pids.first();
                         const quint32 pb = b.pids.isEmpty() ? 0 : b.pids.first();
                         return pa < pb;
                     });
    return found;
}

} // namespace NetnsStudio
