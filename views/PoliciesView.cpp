#include "PoliciesView.h"

#include "domain/CommandCodec.h"
#include "items/CommandText.h"
#include "items/PolicyModel.h"
#include "items/PolicyPreviewModel.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using shelfsync::items::PolicyModel;
using shelfsync::items::PolicyPreviewModel;

namespace shelfsync::views {

struct PolicyFieldAccess
{
    qint64 (*get)(const domain::Policy &);
    std::optional<qint64> (*edited)(const domain::PolicyPatch &);
    void (*set)(domain::PolicyPatch &, std::optional<qint64>);
};

namespace {

// The accessors of one Policy member and its PolicyPatch counterpart.
template <auto PolicyMember, auto PatchMember>
constexpr PolicyFieldAccess accessFor()
{
    return PolicyFieldAccess{
        [](const domain::Policy &policy) -> qint64 { return policy.*PolicyMember; },
        [](const domain::PolicyPatch &patch) -> std::optional<qint64> {
            const auto &value = patch.*PatchMember;
            return value ? std::optional<qint64>(*value) : std::nullopt;
        },
        [](domain::PolicyPatch &patch, std::optional<qint64> value) {
            using T = typename std::remove_reference_t<decltype(patch.*PatchMember)>::value_type;
            patch.*PatchMember = value ? std::optional<T>(T(*value)) : std::nullopt;
        }};
}

using domain::Policy;
using domain::PolicyPatch;
constexpr PolicyFieldAccess kBufferPct = accessFor<&Policy::bufferPct, &PolicyPatch::bufferPct>();
constexpr PolicyFieldAccess kBufferMin = accessFor<&Policy::bufferMin, &PolicyPatch::bufferMin>();
constexpr PolicyFieldAccess kLockTtl = accessFor<&Policy::lockTtlS, &PolicyPatch::lockTtlS>();
constexpr PolicyFieldAccess kLockMax = accessFor<&Policy::lockMaxQty, &PolicyPatch::lockMaxQty>();
constexpr PolicyFieldAccess kHide =
    accessFor<&Policy::hideBeforeExpiryH, &PolicyPatch::hideBeforeExpiryH>();
constexpr PolicyFieldAccess kLowStock = accessFor<&Policy::lowStock, &PolicyPatch::lowStock>();

constexpr int kMaxQty = 1'000'000'000;
constexpr int kMaxTtl = 7 * 24 * 3600; // the service's limit for lock_ttl_s

// The narrowest width that shows `title` on at most two lines, broken between words.
int twoLineWidth(const QFontMetrics &metrics, const QString &title)
{
    const QStringList words = title.split(u' ');
    int best = metrics.horizontalAdvance(title);
    for (qsizetype split = 1; split < words.size(); ++split) {
        const int first = metrics.horizontalAdvance(words.first(split).join(u' '));
        const int second = metrics.horizontalAdvance(words.sliced(split).join(u' '));
        best = std::min(best, std::max(first, second));
    }
    return best;
}

} // namespace

PoliciesView::PoliciesView(sync::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PolicyModel(workspace, this))
    , m_proxy(new items::PolicyFilterProxy(this))
    , m_preview(new PolicyPreviewModel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_previewTable(new QTableView(this))
    , m_message(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(u"policySearch"_s);
    m_search->setPlaceholderText(tr("Search SKU or name"));
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(u"policyCategory"_s);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &items::PolicyFilterProxy::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_category->currentData().toString()); });

    m_table->setObjectName(u"policyTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PolicyModel::SkuColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Widths from the header texts and typical values: measuring 2,000 rows is slow. The
    // figures' titles take two lines, so the names keep the room: "Green ..." tells a
    // merchandiser nothing.
    const QFontMetrics metrics = m_table->fontMetrics();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(2 * metrics.lineSpacing() + 10);
    for (int column = 0; column < PolicyModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column,
            std::max(twoLineWidth(metrics, title), metrics.horizontalAdvance(tr("no limit"))) + 28);
    }
    header->resizeSection(PolicyModel::SkuColumn, metrics.horizontalAdvance(u"MILK-00000"_s) + 28);
    header->resizeSection(PolicyModel::NameColumn,
                          metrics.horizontalAdvance(u"Brand Greek yogurt natural 500 g"_s) + 28);
    header->resizeSection(PolicyModel::CategoryColumn,
                          metrics.horizontalAdvance(u"Fruit & vegetables"_s) + 28);
    header->setSectionResizeMode(PolicyModel::NameColumn, QHeaderView::Stretch);

    m_previewTable->setObjectName(u"policyPreview"_s);
    m_previewTable->setModel(m_preview);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setResizeContentsPrecision(50);

    m_findAction = new QAction(tr("&Find SKU"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_saveAction = new QAction(tr("&Save Policy"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(u"savePolicy"_s);
    m_revertAction = new QAction(tr("&Revert Changes"), this);
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_revertAction->setObjectName(u"revertPolicy"_s);
    for (QAction *action : actions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_saveAction, &QAction::triggered, this, &PoliciesView::save);
    connect(m_revertAction, &QAction::triggered, this, &PoliciesView::revert);

    auto *filterBar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_category);
    filterBar->addWidget(searchLabel);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(categoryLabel);
    filterBar->addWidget(m_category);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterBar);
    topLayout->addWidget(m_table);

    auto *previewBox = new QGroupBox(tr("What-if: buffer and ATP per location"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(buildEditor());
    bottomLayout->addWidget(previewBox, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    const auto fillCategories = [this] {
        const QString current = m_category->currentData().toString();
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &category : m_model->categories())
            m_category->addItem(category, category);
        m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    };
    connect(m_model, &PolicyModel::categoriesChanged, this, fillCategories);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PoliciesView::onSelectionChanged);
    connect(&workspace.replica(), &sync::Replica::reset, this, [this] {
        fillScopes();
        onSelectionChanged();
    });
    // Live changes and outbox answers refresh the untouched fields; a burst (the acks of a
    // bulk save) is one refresh.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(50);
    connect(m_reloadTimer, &QTimer::timeout, this, &PoliciesView::loadEditor);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes) {
                if (!changes.locations.isEmpty())
                    fillScopes();
                if (changes.policies.isEmpty())
                    return;
                const QStringList selected = selectedSkus();
                if (std::any_of(
                        changes.policies.cbegin(), changes.policies.cend(),
                        [&](const domain::StockKey &key) { return selected.contains(key.sku); }))
                    m_reloadTimer->start();
            });
    connect(&workspace.outbox(), &sync::Outbox::changed, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(&workspace, &sync::Workspace::identityChanged, this, &PoliciesView::updateActions);
    connect(&workspace, &sync::Workspace::commandAcked, this, [this](const QString &id) {
        if (m_submitted.remove(id) && m_submitted.isEmpty())
            showMessage(tr("Policy saved"));
    });
    connect(
        &workspace, &sync::Workspace::commandRejected, this,
        [this](const QString &id, const QJsonObject &error) {
            const QString sku = m_submitted.take(id);
            if (!sku.isEmpty())
                showMessage(
                    tr("The policy of %1 was not saved: %2").arg(sku, items::describeError(error)),
                    true);
        });

    fillCategories();
    fillScopes();
    onSelectionChanged();
}

PoliciesView::~PoliciesView() = default;

QWidget *PoliciesView::buildEditor()
{
    m_editor = new QGroupBox(this);
    m_editor->setObjectName(u"policyEditor"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_scope = new QComboBox(m_editor);
    m_scope->setObjectName(u"policyScope"_s);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scopeHint = new QLabel(m_editor);
    m_scopeHint->setObjectName(u"scopeHint"_s);
    m_scopeHint->setWordWrap(true);
    auto *scopeLabel = new QLabel(tr("A&pplies to:"), m_editor);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);
    form->addRow(m_scopeHint);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        loadEditor();
        updatePreview();
    });

    m_editor->setLayout(form);
    addSpinField(tr("&Buffer:"), u"bufferPct"_s, 0, 100, tr(" %"), {}, kBufferPct);
    addSpinField(tr("Buffer &minimum:"), u"bufferMin"_s, 0, kMaxQty, {}, {}, kBufferMin);

    m_lock = new QCheckBox(tr("Channels may hold stock"), m_editor);
    m_lock->setObjectName(u"lockEnabled"_s);
    m_lockLabel = new QLabel(tr("&Locks:"), m_editor);
    m_lockLabel->setBuddy(m_lock);
    form->addRow(m_lockLabel, m_lock);
    connect(m_lock, &QCheckBox::clicked, this, &PoliciesView::onLockClicked);

    addSpinField(tr("Lock &TTL:"), u"lockTtl"_s, 1, kMaxTtl, tr(" s"), {}, kLockTtl);
    addSpinField(tr("Ma&x per hold:"), u"lockMaxQty"_s, 0, kMaxQty, {}, tr("no limit"), kLockMax);
    addSpinField(tr("&Hide before expiry:"), u"hideBeforeExpiry"_s, 0, 24 * 366, tr(" h"), {},
                 kHide);
    addSpinField(tr("L&ow stock at:"), u"lowStock"_s, 0, kMaxQty, {}, {}, kLowStock);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_saveAction, m_revertAction}) {
        auto *button = new QToolButton(m_editor);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    form->addRow(buttons);
    m_message->setObjectName(u"policyMessage"_s);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    m_editor->setMinimumWidth(m_editor->sizeHint().width() + 40);
    return m_editor;
}

void PoliciesView::addSpinField(const QString &label, const QString &objectName, int minimum,
                                int maximum, const QString &suffix, const QString &specialText,
                                const PolicyFieldAccess &access)
{
    SpinField field;
    field.label = new QLabel(label, m_editor);
    field.spin = new QSpinBox(m_editor);
    field.spin->setObjectName(objectName);
    field.spin->setRange(minimum, maximum);
    field.spin->setSuffix(suffix);
    field.spin->setSpecialValueText(specialText);
    field.spin->setGroupSeparatorShown(true);
    field.spin->setAccelerated(true);
    field.label->setBuddy(field.spin);
    field.minimum = minimum;
    field.specialText = specialText;
    field.access = &access;
    const int index = int(m_spins.size());
    connect(field.spin, &QSpinBox::valueChanged, this,
            [this, index](int value) { onSpinEdited(index, value); });
    qobject_cast<QFormLayout *>(m_editor->layout())->addRow(field.label, field.spin);
    m_spins.append(field);
}

QStringList PoliciesView::selectedSkus() const
{
    QStringList skus;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        skus.append(index.data(PolicyModel::SkuRole).toString());
    std::sort(skus.begin(), skus.end());
    return skus;
}

QString PoliciesView::scope() const
{
    return m_scope->currentData().toString();
}

void PoliciesView::setScope(const QString &location)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(location)));
}

QString PoliciesView::message() const
{
    return m_message->text();
}

void PoliciesView::showSku(const QString &sku)
{
    const int sourceRow = m_model->rowOf(sku);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_category->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool PoliciesView::save()
{
    const QStringList skus = selectedSkus();
    if (!m_workspace.mayRun(domain::Op::SetPolicy) || skus.isEmpty() ||
        m_patch == domain::PolicyPatch{})
        return false;
    QStringList ids;
    for (const QString &sku : skus) {
        const domain::SetPolicy command{.sku = sku, .location = scope(), .patch = m_patch};
        QString error;
        const std::optional<QString> id =
            m_workspace.submit(u"set_policy"_s, domain::encodeArgs(command), &error);
        if (!id) {
            showMessage(tr("Not saved: %1").arg(error), true);
            break;
        }
        m_submitted.insert(*id, sku);
        ids.append(*id);
    }
    if (ids.isEmpty())
        return false;
    // The editor now shows the saved values (the outbox holds them until the service
    // answers); the preview's candidate is what is in force.
    m_patch = {};
    loadEditor();
    updatePreview();
    showMessage(tr("Saving the policy of %Ln SKU(s)...", nullptr, int(ids.size())));
    Q_EMIT saved(ids);
    return true;
}

void PoliciesView::revert()
{
    m_patch = {};
    loadEditor();
    updatePreview();
    showMessage({});
}

void PoliciesView::onSelectionChanged()
{
    // Touched fields stay: they apply to whatever is selected when saving, and the
    // preview shows that selection.
    const QStringList skus = selectedSkus();
    m_preview->setSkus(skus);
    if (skus.size() == 1)
        m_editor->setTitle(tr("Policy of %1").arg(skus.first()));
    else
        m_editor->setTitle(tr("Policy of %Ln SKU(s)", nullptr, int(skus.size())));
    loadEditor();
    updatePreview();
}

void PoliciesView::onSpinEdited(int index, int value)
{
    if (m_loading)
        return;
    SpinField &field = m_spins[index];
    if (value < field.minimum)
        return; // still "mixed"
    field.access->set(m_patch, value);
    setSpinMixed(field, false, value);
    markTouched(field.label, true);
    updatePreview();
}

void PoliciesView::onLockClicked()
{
    if (m_loading)
        return;
    {
        const QSignalBlocker blocker(m_lock);
        if (m_lock->isTristate()) {
            // From "mixed", the first click means "on for all".
            m_lock->setTristate(false);
            m_lock->setChecked(true);
        }
    }
    m_patch.lockEnabled = m_lock->isChecked();
    markTouched(m_lockLabel, true);
    updatePreview();
}

void PoliciesView::fillScopes()
{
    const QString current = m_scope->currentData().toString();
    const domain::State &state = m_workspace.state();
    QStringList locations = state.locations.keys();
    std::sort(locations.begin(), locations.end());
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All locations (SKU default)"), QString());
    for (const QString &location : std::as_const(locations)) {
        const QString name = state.locations.value(location).name;
        m_scope->addItem(name.isEmpty() ? location : tr("%1 (%2) only").arg(location, name),
                         location);
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
}

QList<domain::Policy> PoliciesView::basePolicies() const
{
    const domain::State &state = m_workspace.state();
    const QString location = scope();
    // Saved but not yet answered: the editor shows what was saved, not what it replaces.
    QHash<QString, QList<domain::PolicyPatch>> pending;
    for (const sync::OutboxEntry &entry : m_workspace.outbox().pending()) {
        if (entry.op != "set_policy"_L1 || entry.args.value("location"_L1).toString() != location)
            continue;
        const auto args = domain::decodeArgs(domain::Op::SetPolicy, entry.args);
        if (args.ok()) {
            const auto &command = std::get<domain::SetPolicy>(args.value());
            pending[command.sku].append(command.patch);
        }
    }
    QList<domain::Policy> policies;
    for (const QString &sku : selectedSkus()) {
        domain::Policy policy = location.isEmpty() ? state.skuPolicies.value(sku, domain::Policy{})
                                                   : state.effectivePolicy({location, sku});
        for (const domain::PolicyPatch &patch : pending.value(sku))
            policy = patch.appliedTo(policy);
        policies.append(policy);
    }
    return policies;
}

void PoliciesView::loadEditor()
{
    const QList<domain::Policy> policies = basePolicies();
    const domain::Policy first = policies.value(0, domain::Policy{});
    m_loading = true;
    for (SpinField &field : m_spins) {
        const std::optional<qint64> edited = field.access->edited(m_patch);
        const qint64 value = field.access->get(first);
        const bool mixed = std::any_of(policies.cbegin(), policies.cend(), [&](const auto &p) {
            return field.access->get(p) != value;
        });
        setSpinMixed(field, !edited && mixed, edited.value_or(value));
        markTouched(field.label, edited.has_value());
    }
    const bool lockMixed = std::any_of(policies.cbegin(), policies.cend(), [&](const auto &p) {
        return p.lockEnabled != first.lockEnabled;
    });
    if (m_patch.lockEnabled || !lockMixed) {
        m_lock->setTristate(false);
        m_lock->setChecked(m_patch.lockEnabled.value_or(first.lockEnabled));
    } else {
        m_lock->setTristate(true);
        m_lock->setCheckState(Qt::PartiallyChecked);
    }
    markTouched(m_lockLabel, m_patch.lockEnabled.has_value());
    m_loading = false;
    updateHint();
    updateActions();
}

void PoliciesView::setSpinMixed(SpinField &field, bool mixed, qint64 value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    if (mixed) {
        // One below the range, shown as "mixed": the SKUs differ and this field is kept.
        field.spin->setMinimum(field.minimum - 1);
        field.spin->setSpecialValueText(tr("mixed"));
        field.spin->setValue(field.minimum - 1);
    } else {
        field.spin->setMinimum(field.minimum);
        field.spin->setSpecialValueText(field.specialText);
        field.spin->setValue(int(value));
    }
    m_loading = wasLoading;
}

void PoliciesView::markTouched(QLabel *label, bool touched)
{
    QFont font = label->font();
    font.setBold(touched);
    label->setFont(font);
    label->setToolTip(touched ? tr("Changed: saved for every selected SKU") : QString());
}

void PoliciesView::updatePreview()
{
    m_preview->setCandidate(m_patch, scope());
    updateActions();
}

void PoliciesView::updateActions()
{
    const bool may = m_workspace.mayRun(domain::Op::SetPolicy);
    const bool selected = m_table->selectionModel()->hasSelection();
    const bool edited = m_patch != domain::PolicyPatch{};
    for (const SpinField &field : std::as_const(m_spins))
        field.spin->setEnabled(may && selected);
    m_lock->setEnabled(may && selected);
    m_scope->setEnabled(selected);
    m_saveAction->setEnabled(may && selected && edited);
    m_revertAction->setEnabled(edited);
    if (!may)
        m_saveAction->setToolTip(tr("Your role may not change policies"));
    else
        m_saveAction->setToolTip(tr("Save the changed fields for every selected SKU"));
}

void PoliciesView::updateHint()
{
    const QStringList skus = selectedSkus();
    const QString location = scope();
    const domain::State &state = m_workspace.state();
    if (skus.isEmpty()) {
        m_scopeHint->setText(tr("Select one or more SKUs to see and change their policy."));
        return;
    }
    int overrides = 0;
    for (const QString &sku : skus) {
        if (location.isEmpty()) {
            for (const QString &each : state.locations.keys())
                overrides += state.overrides.contains({each, sku}) ? 1 : 0;
        } else {
            overrides += state.overrides.contains({location, sku}) ? 1 : 0;
        }
    }
    if (location.isEmpty() && overrides == 0)
        m_scopeHint->setText(tr("The default of every location."));
    else if (location.isEmpty())
        m_scopeHint->setText(
            tr("The default of every location; %Ln location override(s) keep their own values.",
               nullptr, overrides));
    else if (overrides == 0)
        m_scopeHint->setText(
            tr("Creates an override at %1; other locations keep the default.").arg(location));
    else
        m_scopeHint->setText(
            tr("Changes the override at %1 (%Ln SKU(s) have one).", nullptr, overrides)
                .arg(location));
}

void PoliciesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b71c1c;"_s : QString());
}

} // namespace shelfsync::views
