// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperErrors.h"

#include <cerrno>
#include <cstring>
#include <netlink/errno.h>
#include <netlink/netlink.h>

namespace NetnsStudio {

namespace {

// The English texts are glibc's and libnl's own (a unit test holds them to it), so a
// caller without a language reads exactly what strerror and nl_geterror say.
const char* errnoSource(int error)
{
    switch (error) {
    case EPERM: return QT_TRANSLATE_NOOP("Errno", "Operation not permitted");
    case ENOENT: return QT_TRANSLATE_NOOP("Errno", "No such file or directory");
    case ENOMEM: return QT_TRANSLATE_NOOP("Errno", "Cannot allocate memory");
    case EACCES: return QT_TRANSLATE_NOOP("Errno", "Permission denied");
    case EBUSY: return QT_TRANSLATE_NOOP("Errno", "Device or resource busy");
    case EEXIST: return QT_TRANSLATE_NOOP("Errno", "File exists");
    case ENODEV: return QT_TRANSLATE_NOOP("Errno", "No such device");
    case EINVAL: return QT_TRANSLATE_NOOP("Errno", "Invalid argument");
    case ENOSPC: return QT_TRANSLATE_NOOP("Errno", "No space left on device");
    case ERANGE: return QT_TRANSLATE_NOOP("Errno", "Numerical result out of range");
    case EOPNOTSUPP: return QT_TRANSLATE_NOOP("Errno", "Operation not supported"); // also ENOTSUP
    case EAFNOSUPPORT: return QT_TRANSLATE_NOOP("Errno", "Address family not supported by protocol");
    case EADDRINUSE: return QT_TRANSLATE_NOOP("Errno", "Address already in use");
    case EADDRNOTAVAIL: return QT_TRANSLATE_NOOP("Errno", "Cannot assign requested address");
    case ENETUNREACH: return QT_TRANSLATE_NOOP("Errno", "Network is unreachable");
    case ENOBUFS: return QT_TRANSLATE_NOOP("Errno", "No buffer space available");
    default: return nullptr;
    }
}

// libnl folds kernel errnos into these (nl_syserr2nlerr); the rest are its own troubles.
const char* netlinkSource(int nlError)
{
    switch (nlError) {
    case NLE_FAILURE: return QT_TRANSLATE_NOOP("Netlink", "Unspecific failure");
    case NLE_NOMEM: return QT_TRANSLATE_NOOP("Netlink", "Out of memory");
    case NLE_EXIST: return QT_TRANSLATE_NOOP("Netlink", "Object exists");
    case NLE_INVAL: return QT_TRANSLATE_NOOP("Netlink", "Invalid input data or parameter");
    case NLE_RANGE: return QT_TRANSLATE_NOOP("Netlink", "Input data out of range");
    case NLE_OPNOTSUPP: return QT_TRANSLATE_NOOP("Netlink", "Operation not supported");
    case NLE_AF_NOSUPPORT: return QT_TRANSLATE_NOOP("Netlink", "Address family not supported");
    case NLE_OBJ_NOTFOUND: return QT_TRANSLATE_NOOP("Netlink", "Object not found");
    case NLE_NOADDR: return QT_TRANSLATE_NOOP("Netlink", "Invalid address for specified address family");
    case NLE_BUSY: return QT_TRANSLATE_NOOP("Netlink", "Object busy");
    case NLE_NOACCESS: return QT_TRANSLATE_NOOP("Netlink", "No Access");
    case NLE_PERM: return QT_TRANSLATE_NOOP("Netlink", "Operation not permitted");
    case NLE_NODEV: return QT_TRANSLATE_NOOP("Netlink", "No such device");
    default: return nullptr;
    }
}

} // namespace

Failure systemFailure(int error, const QString& doing)
{
    QString name = HelperErrors::Kernel;
    if (error == EEXIST)
        name = HelperErrors::Exists;
    else if (error == ENOENT || error == ENODEV)
        name = HelperErrors::NotFound;
    else if (error == EBUSY)
        name = HelperErrors::Busy;
    return {name, HelperText::tr("%1: %2").arg(doing, errnoText(error))};
}

QString errnoText(int error)
{
    if (const char* source = errnoSource(error))
        return QCoreApplication::translate("Errno", source);
    return QString::fromLocal8Bit(std::strerror(error));
}

QString netlinkErrorText(int nlError)
{
    if (const char* source = netlinkSource(-nlError))
        return QCoreApplication::translate("Netlink", source);
    return QString::fromUtf8(nl_geterror(nlError));
}

} // namespace NetnsStudio
