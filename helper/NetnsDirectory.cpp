// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetnsDirectory.h"

#include "MessageCatalog.h"
#include "NamespaceDiscovery.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <thread>

namespace NetnsStudio {

QByteArray NetnsDirectory::pathOf(const QString& name) const
{
    return QFile::encodeName(m_dir + QLatin1Char('/') + name);
}

MaybeFailure NetnsDirectory::prepare() const
{
    const QByteArray dir = QFile::encodeName(m_dir);
    if (::mkdir(dir.constData(), 0755) != 0 && errno != EEXIST)
        return systemFailure(errno, HelperText::tr("Cannot create %1").arg(m_dir));
    // Like iproute2: make the directory a shared mount point so that unmounting a
    // name reaches every mount namespace; under a lock, as parallel `ip netns add`s
    // would otherwise stack mounts.
    UniqueFd lock(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (lock.isValid())
        ::flock(lock.get(), LOCK_EX);
    bool madeMountPoint = false;
    while (::mount("", dir.constData(), "none", MS_SHARED | MS_REC, nullptr) != 0) {
        if (errno != EINVAL || madeMountPoint)
            return systemFailure(errno, HelperText::tr("Cannot share the mount %1").arg(m_dir));
        if (::mount(dir.constData(), dir.constData(), "none", MS_BIND | MS_REC, nullptr) != 0)
            return systemFailure(errno, HelperText::tr("Cannot make %1 a mount point").arg(m_dir));
        madeMountPoint = true;
    }
    return std::nullopt;
}

MaybeFailure NetnsDirectory::bindOnto(const QString& name, const QByteArray& source) const
{
    if (MaybeFailure failure = prepare())
        return failure;
    const QByteArray path = pathOf(name);
    // O_EXCL: a name that is taken, even by a planted file or symlink, is Exists.
    const int fd = ::open(path.constData(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0);
    if (fd < 0) {
        if (errno == EEXIST)
            return Failure{HelperErrors::Exists,
                           HelperText::tr("A namespace named '%1' already exists.").arg(name)};
        return systemFailure(errno, HelperText::tr("Cannot create %1").arg(QFile::decodeName(path)));
    }
    ::close(fd);
    if (::mount(source.constData(), path.constData(), "none", MS_BIND, nullptr) != 0) {
        const int error = errno;
        ::unlink(path.constData());
        return systemFailure(error, HelperText::tr("Cannot bind the namespace to %1")
                                        .arg(QFile::decodeName(path)));
    }
    return std::nullopt;
}

MaybeFailure NetnsDirectory::create(const QString& name, UniqueFd* created) const
{
    MaybeFailure failure;
    // unshare moves only the calling thread into the new namespace; a thread of its
    // own keeps the helper's threads where they are.
    std::thread worker([&, language = MessageCatalog::Scope::current()] {
        const MessageCatalog::Scope scope(language);
        if (::unshare(CLONE_NEWNET) != 0) {
            failure = systemFailure(errno, HelperText::tr("Cannot create a network namespace"));
            return;
        }
        failure = bindOnto(name, QByteArrayLiteral("/proc/thread-self/ns/net"));
    });
    worker.join();
    if (failure)
        return failure;
    *created = NamespaceDiscovery::openNetNamespace(m_dir + QLatin1Char('/') + name,
                                                    NamespaceDiscovery::Links::Refuse);
    if (!created->isValid())
        return Failure{HelperErrors::Kernel,
                       HelperText::tr("The new namespace '%1' vanished at once.").arg(name)};
    return std::nullopt;
}

MaybeFailure NetnsDirectory::attach(const QString& name, int namespaceFd) const
{
    return bindOnto(name, QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(namespaceFd));
}

MaybeFailure NetnsDirectory::remove(const QString& name) const
{
    const QString path = m_dir + QLatin1Char('/') + name;
    if (!NamespaceDiscovery::openNetNamespace(path, NamespaceDiscovery::Links::Refuse).isValid())
        return Failure{HelperErrors::NotFound,
                       HelperText::tr("There is no named namespace '%1'.").arg(name)};
    const QByteArray p = pathOf(name);
    if (::umount2(p.constData(), MNT_DETACH) != 0)
        return systemFailure(errno, HelperText::tr("Cannot unmount %1").arg(path));
    if (::unlink(p.constData()) != 0)
        return systemFailure(errno, HelperText::tr("Cannot remove %1").arg(path));
    return std::nullopt;
}

} // namespace NetnsStudio
