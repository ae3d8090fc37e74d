#include "CsvExport.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

QString field(const QVariant &value)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    default:
        text = value.toString();
    }
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return QString(u'"' + text + u'"');
}

} // namespace

QByteArray toCsv(const QAbstractItemModel &model)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(field(model.headerData(column, Qt::Horizontal, Qt::DisplayRole)));
    lines.append(header.join(u','));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(field(model.index(row, column).data(Qt::EditRole)));
        lines.append(cells.join(u','));
    }
    return QString(lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

bool saveCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(model)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace shelfsync::items
