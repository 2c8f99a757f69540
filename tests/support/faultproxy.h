#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace mestring::test {

class FaultProxyWorker;

/// A TCP relay between the program and a test server, on a thread of its own, that makes the
/// network's faults on demand: every connection cut (a server restart, a killed session, a
/// dropped network, as the program sees them), no connection at all for a while, and a cut
/// just after a COMMIT went out, before its answer comes back. Plain TCP: connect through it
/// with sslmode=disable.
class FaultProxy
{
public:
    FaultProxy(const QString &serverHost, int serverPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    int port() const { return m_port; }

    /// Cuts every open connection at once.
    void cutAll();
    /// While down, new connections are refused (and open ones cut).
    void setDown(bool down);
    /// The next COMMIT a client sends: with `delivered`, it reaches the server and the
    /// connection is cut before the answer comes back (saved, but the program cannot know);
    /// without, the connection is cut instead of passing it on (not saved). With `thenDown`,
    /// new connections are refused from that moment (setDown()).
    void cutAtNextCommit(bool delivered, bool thenDown = false);
    /// How many COMMITs were cut so far.
    int commitsCut() const;

private:
    QThread *m_thread;
    FaultProxyWorker *m_worker;
    int m_port = 0;
};

} // namespace mestring::test
