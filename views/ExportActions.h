#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAction;
class QWidget;

namespace shelfsync::views {

// "Export Chart as PNG..." and "Export Data as CSV..." for one chart or table: the
// picture is the widget as shown, the data the model behind it (items::toCsv). The file
// dialogs are only in the actions; savePng()/saveCsv() take the path, for tests. No
// shortcuts: several charts share a screen, whose own actions carry them.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    // `picture` is grabbed for the PNG (null: no PNG action); `baseName` names the files
    // offered ("velocity" gives "velocity-2026-11-25.png").
    ExportActions(QWidget *picture, const QAbstractItemModel *model, QString baseName,
                  QWidget *parent);

    QAction *pngAction() const { return m_pngAction; }
    QAction *csvAction() const { return m_csvAction; }

    bool savePng(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void exportPng();
    void exportCsv();

private:
    void exportWith(const QString &filter, const QString &suffix,
                    bool (ExportActions::*save)(const QString &, QString *) const);

    QWidget *m_parent;
    QWidget *m_picture;
    const QAbstractItemModel *m_model;
    QString m_baseName;
    QAction *m_pngAction = nullptr;
    QAction *m_csvAction = nullptr;
};

} // namespace shelfsync::views
