#pragma once

#include "domain/Commands.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class PolicyFilterProxy;
class PolicyModel;
class PolicyPreviewModel;
} // namespace shelfsync::items

namespace shelfsync::views {

struct PolicyFieldAccess; // how one numeric field maps onto Policy and PolicyPatch

// Buffers and locks: the merchandiser's policy editor. A SKU table (several rows may be
// selected for a bulk edit), an editor for the selection's policy at one scope (the
// default for all locations, or one location's override), and a what-if table showing
// what the edited policy would do to buffer and ATP at every location before it is
// saved. Only the fields the user touched are saved, so a bulk edit of SKUs with
// different policies changes just those fields (untouched mixed fields stay mixed).
class PoliciesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesView)

public:
    explicit PoliciesView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~PoliciesView() override;

    QList<QAction *> actions() const { return {m_findAction, m_saveAction, m_revertAction}; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }

    QTableView *table() const { return m_table; }
    QTableView *previewTable() const { return m_previewTable; }
    items::PolicyModel *model() const { return m_model; }
    items::PolicyPreviewModel *preview() const { return m_preview; }

    QStringList selectedSkus() const;
    QString scope() const; // empty: every location (the SKUs' default)
    void setScope(const QString &location);
    // The fields the user changed since the last save or revert.
    domain::PolicyPatch edits() const { return m_patch; }
    QString message() const;

public Q_SLOTS:
    // Selects one SKU (clearing filters that hide it): the planner and alerts open it.
    void showSku(const QString &sku);
    // One set_policy per selected SKU with the touched fields; false when nothing went.
    bool save();
    void revert();

Q_SIGNALS:
    void saved(const QStringList &commandIds);

private:
    // A numeric policy field: its editor and how it maps onto Policy and PolicyPatch.
    struct SpinField
    {
        QLabel *label = nullptr;
        QSpinBox *spin = nullptr;
        int minimum = 0;
        QString specialText; // shown at the minimum ("no limit"); empty for none
        const PolicyFieldAccess *access = nullptr;
    };

    QWidget *buildEditor();
    void addSpinField(const QString &label, const QString &objectName, int minimum, int maximum,
                      const QString &suffix, const QString &specialText,
                      const PolicyFieldAccess &access);
    void onSelectionChanged();
    void onSpinEdited(int field, int value);
    void onLockClicked();
    void fillScopes();
    void loadEditor();
    QList<domain::Policy> basePolicies() const;
    void setSpinMixed(SpinField &field, bool mixed, qint64 value);
    void markTouched(QLabel *label, bool touched);
    void updatePreview();
    void updateActions();
    void updateHint();
    void showMessage(const QString &text, bool error = false);

    sync::Workspace &m_workspace;
    items::PolicyModel *m_model = nullptr;
    items::PolicyFilterProxy *m_proxy = nullptr;
    items::PolicyPreviewModel *m_preview = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_previewTable = nullptr;
    QGroupBox *m_editor = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_scopeHint = nullptr;
    QList<SpinField> m_spins;
    QLabel *m_lockLabel = nullptr;
    QCheckBox *m_lock = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;

    domain::PolicyPatch m_patch;
    bool m_loading = false;              // the editor is being filled, not edited
    QHash<QString, QString> m_submitted; // our set_policy command id -> its SKU, until answered
};

} // namespace shelfsync::views
