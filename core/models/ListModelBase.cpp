#include "core/models/ListModelBase.h"

#include "core/models/ModelRoles.h"

namespace tid::core {

ListModelBase::ListModelBase(QObject *parent)
    : QAbstractTableModel(parent)
    , m_details(std::make_unique<DetailQueue>(
          this,
          [this](const QString &id) {
              const int row = rowOf(id);
              if (row < 0 || !needsDetail(row))
                  return false;
              requestDetail(id, m_generation);
              return true;
          },
          [this] { emitBusyIfChanged(); }))
{}

ListModelBase::~ListModelBase() = default;

QHash<int, QByteArray> ListModelBase::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(DetailLoadedRole, "detailLoaded");
    return names;
}

bool ListModelBase::needsDetail(int) const
{
    return false;
}

void ListModelBase::requestDetail(const QString &, int) {}

void ListModelBase::wantDetail(int row) const
{
    if (needsDetail(row))
        m_details->want(idAt(row));
}

void ListModelBase::detailDone(int generation, const QString &id, const ApiError &error)
{
    if (generation != m_generation)
        return;
    m_details->done(id, !error.isError());
    if (error.isError()) {
        // Not asked again automatically; a reload() or a new view will.
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    } else if (const int row = rowOf(id); row >= 0) {
        Q_EMIT detailLoaded(row);
    }
    m_details->pump();
}

void ListModelBase::beginBusy()
{
    ++m_extraBusy;
    emitBusyIfChanged();
}

void ListModelBase::endBusy()
{
    m_extraBusy = qMax(0, m_extraBusy - 1);
    emitBusyIfChanged();
}

void ListModelBase::emitBusyIfChanged()
{
    const bool busy = isBusy();
    if (busy != m_lastBusy) {
        m_lastBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace tid::core
