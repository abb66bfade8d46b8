#pragma once

#include "core/playground/PlaygroundStep.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace tid::core {

class FlowRunner;

// The steps of a playground run as a tree: one row per step (title, status, time, result),
// its HTTP exchanges as child rows (request line, status, time). Mirrors a FlowRunner through
// its signals. Tokens are reachable through TokenRole only — DisplayRole never shows one.
class PlaygroundStepsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundStepsModel)

public:
    enum Column
    {
        StepColumn,
        StatusColumn,
        TimeColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // PlaygroundStep::Status as int (steps and exchanges)
        KindRole,                      // PlaygroundStep::Kind as int (steps)
        TokenRole,                     // the step's token (steps; secret)
        IsExchangeRole,
        StepRole,     // the step's index (both kinds of rows)
        ExchangeRole, // the exchange's index (exchange rows), -1 for steps
        HttpStatusRole,
    };

    explicit PlaygroundStepsModel(QObject *parent = nullptr);

    void setRunner(FlowRunner *runner);
    FlowRunner *runner() const { return m_runner; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int stepCount() const { return int(m_steps.size()); }
    const PlaygroundStep &step(int row) const { return m_steps.at(row); }
    QModelIndex stepIndex(int row, int column = StepColumn) const;
    // The exchange an index stands for (an exchange row), or the step's last one; null if none.
    const HttpExchange *exchangeFor(const QModelIndex &index) const;
    static QString formatElapsed(qint64 ms);

private:
    void onStepAdded(int index, const PlaygroundStep &step);
    void onStepChanged(int index, const PlaygroundStep &step);
    void onExchangeAdded(int step, const HttpExchange &exchange);
    void onCleared();

    QPointer<FlowRunner> m_runner;
    QList<PlaygroundStep> m_steps;
};

} // namespace tid::core
