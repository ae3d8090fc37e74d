#pragma once

#include <QLineEdit>
#include <QSet>

class QCompleter;
class QStringListModel;

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::views {

// A SKU typed or picked by id or name: completion matches any part of "ID — Name", and
// the field resolves what was typed to a SKU id of the catalogue.
class SkuSearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkuSearchField)

public:
    explicit SkuSearchField(sync::Workspace &workspace, QWidget *parent = nullptr);

    // The SKU the text names, or empty when it names none.
    QString skuId() const;
    void setSkuId(const QString &id);
    // A SKU the user just made: known here before the replica has it.
    void addPendingSku(const QString &id);

Q_SIGNALS:
    // The text now names this SKU (picked from the list, or typed and confirmed).
    void skuChosen(const QString &id);

private:
    void refresh();
    void confirm();
    QString resolve(const QString &text) const;

    sync::Workspace &m_workspace;
    QStringListModel *m_entries = nullptr;
    QCompleter *m_completer = nullptr;
    QSet<QString> m_pending;
    QString m_lastChosen;
};

} // namespace shelfsync::views
