#include "Expiry.h"

#include <QTimeZone>

#include <algorithm>

namespace shelfsync::domain {

QDateTime expiryMoment(const QDate &expiry)
{
    return QDateTime(expiry.addDays(1), QTime(0, 0), Qt::UTC);
}

QDateTime hideMoment(const QDate &expiry, int hideBeforeExpiryH)
{
    return expiryMoment(expiry).addSecs(-qint64(hideBeforeExpiryH) * 3600);
}

bool isExpired(const QDate &expiry, const QDateTime &now)
{
    return expiry.isValid() && expiry < now.toUTC().date();
}

bool shouldHide(const Batch &batch, const Policy &policy, const QDateTime &now)
{
    return !batch.hidden && batch.expiry.isValid() &&
           now >= hideMoment(batch.expiry, policy.hideBeforeExpiryH);
}

QList<qsizetype> fefoOrder(const Cell &cell)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < cell.batches.size(); ++i) {
        if (!cell.batches[i].hidden && cell.batches[i].qty > 0)
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [&cell](qsizetype l, qsizetype r) {
        const Batch &a = cell.batches[l];
        const Batch &b = cell.batches[r];
        if (a.expiry.isValid() != b.expiry.isValid())
            return a.expiry.isValid();
        if (a.expiry != b.expiry)
            return a.expiry < b.expiry;
        if (a.receivedAt != b.receivedAt)
            return a.receivedAt < b.receivedAt;
        return a.id < b.id;
    });
    return order;
}

} // namespace shelfsync::domain
