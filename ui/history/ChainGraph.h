#pragma once

#include "core/history/HistoryBackend.h"

#include <QWidget>

#include <functional>

namespace tid::ui {

// One delegation chain drawn as a graph: the principal it started from, then one node per token
// (who obtained it), left to right, each edge labelled with the scopes the token held — so the
// narrowing reads along the line — and the final audience at the end. A hop that holds a scope
// its parent did not is drawn in the failure colour. Clicking a token's node asks for its event.
class ChainGraph final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainGraph)

public:
    explicit ChainGraph(QWidget *parent = nullptr);

    // `label` names a client id (an agent's name) or a principal id (a user's name).
    void setChain(const core::DelegationChain &chain,
                  std::function<QString(const QString &clientId)> clientLabel,
                  std::function<QString(const QString &sub)> principalLabel);
    void clear();
    // Nodes drawn: the root and one per token (0 when empty).
    int nodeCount() const { return int(m_nodes.size()); }
    QString nodeText(int i) const { return m_nodes.value(i).title; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tokenActivated(qint64 rowId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Node
    {
        QString title;    // who
        QString subtitle; // "user", "agent", "token 2"
        QString edge;     // scopes held by this token (on the edge into it)
        bool human = false;
        bool widened = false;
        qint64 rowId = 0;
        QRect rect;
    };
    void layoutNodes();

    QList<Node> m_nodes;
    QString m_audience;
};

} // namespace tid::ui
