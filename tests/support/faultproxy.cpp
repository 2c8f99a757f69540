#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace mestring::test {

class FaultProxyWorker : public QObject
{
public:
    FaultProxyWorker(QString host, int port)
        : m_host(std::move(host))
        , m_serverPort(port)
    {
    }

    int start()
    {
        m_listener = new QTcpServer(this);
        QObject::connect(m_listener, &QTcpServer::newConnection, this, [this] { accept(); });
        m_listener->listen(QHostAddress::LocalHost, 0);
        m_port = m_listener->serverPort();
        return m_port;
    }

    void cutAll()
    {
        for (QTcpSocket *s : findChildren<QTcpSocket *>()) {
            s->abort();
            s->deleteLater();
        }
    }

    void setDown(bool down)
    {
        if (down) {
            m_listener->close();
            cutAll();
        } else if (!m_listener->isListening()) {
            m_listener->listen(QHostAddress::LocalHost, quint16(m_port));
        }
    }

    void armCommitCut(bool delivered, bool thenDown)
    {
        m_armed = true;
        m_deliverCommit = delivered;
        m_downAfterCut = thenDown;
    }

    int commitsCut() const { return m_cut; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener->nextPendingConnection()) {
            client->setParent(this);
            auto *server = new QTcpSocket(this);
            server->connectToHost(m_host, quint16(m_serverPort));
            QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, server] {
                const QByteArray bytes = client->readAll();
                // A simple query message: 'Q', length, "COMMIT\0".
                if (m_armed && bytes.startsWith('Q') && bytes.contains("COMMIT")) {
                    m_armed = false;
                    ++m_cut;
                    if (m_downAfterCut) m_listener->close();
                    if (m_deliverCommit) {
                        server->write(bytes);
                        server->flush();
                        // Whatever the server answers is never passed back.
                        QObject::disconnect(server, &QTcpSocket::readyRead, this, nullptr);
                        QTimer::singleShot(300, client, [client] { client->abort(); });
                    } else {
                        client->abort();
                        server->abort();
                    }
                    return;
                }
                server->write(bytes);
            });
            QObject::connect(server, &QTcpSocket::readyRead, this,
                [client, server] { client->write(server->readAll()); });
            QObject::connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::abort);
            QObject::connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
        }
    }

    QString m_host;
    int m_serverPort;
    int m_port = 0;
    QTcpServer *m_listener = nullptr;
    bool m_armed = false;
    bool m_deliverCommit = false;
    bool m_downAfterCut = false;
    int m_cut = 0;
};

FaultProxy::FaultProxy(const QString &serverHost, int serverPort)
    : m_thread(new QThread)
    , m_worker(new FaultProxyWorker(serverHost, serverPort))
{
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->start(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void FaultProxy::cutAll()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->cutAll(); }, Qt::BlockingQueuedConnection);
}

void FaultProxy::setDown(bool down)
{
    QMetaObject::invokeMethod(
        m_worker, [this, down] { m_worker->setDown(down); }, Qt::BlockingQueuedConnection);
}

void FaultProxy::cutAtNextCommit(bool delivered, bool thenDown)
{
    QMetaObject::invokeMethod(
        m_worker, [this, delivered, thenDown] { m_worker->armCommitCut(delivered, thenDown); },
        Qt::BlockingQueuedConnection);
}

int FaultProxy::commitsCut() const
{
    int cut = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &cut] { cut = m_worker->commitsCut(); }, Qt::BlockingQueuedConnection);
    return cut;
}

} // namespace mestring::test
