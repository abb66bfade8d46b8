#include "core/models/PlaygroundStepsModel.h"

#include "core/playground/FlowRunner.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

// Step rows carry 0; exchange rows carry their step's row + 1.
constexpr quintptr StepRowId = 0;

} // namespace

PlaygroundStepsModel::PlaygroundStepsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PlaygroundStepsModel::setRunner(FlowRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    beginResetModel();
    m_runner = runner;
    m_steps = runner ? runner->steps() : QList<PlaygroundStep>();
    endResetModel();
    if (!runner)
        return;
    connect(runner, &FlowRunner::stepAdded, this, &PlaygroundStepsModel::onStepAdded);
    connect(runner, &FlowRunner::stepChanged, this, &PlaygroundStepsModel::onStepChanged);
    connect(runner, &FlowRunner::exchangeAdded, this, &PlaygroundStepsModel::onExchangeAdded);
    connect(runner, &FlowRunner::cleared, this, &PlaygroundStepsModel::onCleared);
}

QString PlaygroundStepsModel::formatElapsed(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QModelIndex PlaygroundStepsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_steps.size() ? createIndex(row, column, StepRowId) : QModelIndex();
    if (parent.internalId() != StepRowId || parent.column() != 0 || parent.row() >= m_steps.size())
        return {};
    if (row >= m_steps.at(parent.row()).exchanges.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlaygroundStepsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StepRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StepRowId);
}

int PlaygroundStepsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_steps.size());
    if (parent.internalId() != StepRowId || parent.column() != 0 || parent.row() >= m_steps.size())
        return 0;
    return int(m_steps.at(parent.row()).exchanges.size());
}

int PlaygroundStepsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex PlaygroundStepsModel::stepIndex(int row, int column) const
{
    return index(row, column);
}

const HttpExchange *PlaygroundStepsModel::exchangeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == StepRowId) {
        const PlaygroundStep &s = m_steps.at(index.row());
        return s.exchanges.isEmpty() ? nullptr : &s.exchanges.last();
    }
    const PlaygroundStep &s = m_steps.at(int(index.internalId() - 1));
    return index.row() < s.exchanges.size() ? &s.exchanges.at(index.row()) : nullptr;
}

QVariant PlaygroundStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const bool isStep = index.internalId() == StepRowId;
    const int stepRow = isStep ? index.row() : int(index.internalId() - 1);
    if (stepRow >= m_steps.size())
        return {};
    const PlaygroundStep &s = m_steps.at(stepRow);
    switch (role) {
    case IsExchangeRole:
        return !isStep;
    case StepRole:
        return stepRow;
    case ExchangeRole:
        return isStep ? -1 : index.row();
    default:
        break;
    }
    if (isStep) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case StepColumn:
                return tr("%1. %2").arg(stepRow + 1).arg(s.title);
            case StatusColumn:
                return PlaygroundStep::statusName(s.status);
            case TimeColumn:
                return s.isFinished() && s.status != PlaygroundStep::Status::Skipped
                           ? formatElapsed(s.elapsedMs)
                           : QString();
            case ResultColumn:
                return s.summary;
            default:
                return {};
            }
        case Qt::ToolTipRole:
            if (index.column() == ResultColumn || index.column() == StatusColumn) {
                QString tip = s.summary;
                if (!s.explanation.isEmpty())
                    tip += u"\n\n"_s + s.explanation;
                return tip;
            }
            return index.column() == StepColumn ? s.title : QVariant();
        case StatusRole:
            return int(s.status);
        case KindRole:
            return int(s.kind);
        case TokenRole:
            return s.token;
        default:
            return {};
        }
    }
    if (index.row() >= s.exchanges.size())
        return {};
    const HttpExchange &x = s.exchanges.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return u"%1 %2"_s.arg(QString::fromLatin1(x.method), x.url.path());
        case StatusColumn:
            return x.statusLine();
        case TimeColumn:
            return formatElapsed(x.elapsedMs);
        case ResultColumn:
            return x.oauthErrorDescription();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == StepColumn ? x.url.toString(QUrl::RemoveQuery) : QVariant();
    case HttpStatusRole:
        return x.status;
    case StatusRole:
        return int(x.status >= 200 && x.status < 300 ? PlaygroundStep::Status::Succeeded
                                                     : PlaygroundStep::Status::Failed);
    default:
        return {};
    }
}

QVariant PlaygroundStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

void PlaygroundStepsModel::onStepAdded(int index, const PlaygroundStep &step)
{
    index = qBound(0, index, int(m_steps.size()));
    beginInsertRows({}, index, index);
    PlaygroundStep copy = step;
    copy.exchanges.clear(); // they arrive through exchangeAdded()
    m_steps.insert(index, copy);
    endInsertRows();
    for (const HttpExchange &x : step.exchanges)
        onExchangeAdded(index, x);
}

void PlaygroundStepsModel::onStepChanged(int index, const PlaygroundStep &step)
{
    if (index < 0 || index >= m_steps.size())
        return;
    PlaygroundStep &mine = m_steps[index];
    const QList<HttpExchange> exchanges = mine.exchanges; // rows change only through inserts
    mine = step;
    mine.exchanges = exchanges;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void PlaygroundStepsModel::onExchangeAdded(int step, const HttpExchange &exchange)
{
    if (step < 0 || step >= m_steps.size())
        return;
    const int row = int(m_steps.at(step).exchanges.size());
    beginInsertRows(stepIndex(step), row, row);
    m_steps[step].exchanges.append(exchange);
    endInsertRows();
}

void PlaygroundStepsModel::onCleared()
{
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

} // namespace tid::core
