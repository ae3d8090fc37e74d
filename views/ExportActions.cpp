#include "ExportActions.h"

#include "items/CsvExport.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace shelfsync::views {

ExportActions::ExportActions(QWidget *picture, const QAbstractItemModel *model, QString baseName,
                             QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_picture(picture)
    , m_model(model)
    , m_baseName(std::move(baseName))
{
    if (m_picture) {
        m_pngAction = new QAction(tr("Export Chart as &PNG..."), this);
        parent->addAction(m_pngAction);
        connect(m_pngAction, &QAction::triggered, this, &ExportActions::exportPng);
    }
    m_csvAction = new QAction(tr("Export Data as &CSV..."), this);
    parent->addAction(m_csvAction);
    connect(m_csvAction, &QAction::triggered, this,
            [this] { exportWith(tr("CSV files (*.csv)"), u"csv"_s, &ExportActions::saveCsv); });
}

bool ExportActions::savePng(const QString &path, QString *error) const
{
    const QPixmap pixmap = m_picture->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool ExportActions::saveCsv(const QString &path, QString *error) const
{
    return items::saveCsv(*m_model, path, error);
}

void ExportActions::exportPng()
{
    if (m_picture)
        exportWith(tr("PNG images (*.png)"), u"png"_s, &ExportActions::savePng);
}

void ExportActions::exportCsv()
{
    exportWith(tr("CSV files (*.csv)"), u"csv"_s, &ExportActions::saveCsv);
}

void ExportActions::exportWith(const QString &filter, const QString &suffix,
                               bool (ExportActions::*save)(const QString &, QString *) const)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        u"%1-%2.%3"_s.arg(m_baseName, QDate::currentDate().toString(Qt::ISODate), suffix));
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    if (!(this->*save)(path, &error))
        QMessageBox::warning(m_parent, tr("Export"), error);
}

} // namespace shelfsync::views
