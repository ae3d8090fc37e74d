#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace shelfsync::items {

// A table model as CSV (RFC 4180, UTF-8, CRLF line ends) for spreadsheets: the header
// row is the column titles, each cell the raw value (Qt::EditRole) so figures keep their
// full precision and dates stay ISO whatever the user's locale; a missing value is empty.
QByteArray toCsv(const QAbstractItemModel &model);

// Writes toCsv(model) to `path`; false with the reason when the file cannot be written.
bool saveCsv(const QAbstractItemModel &model, const QString &path, QString *error);

} // namespace shelfsync::items
