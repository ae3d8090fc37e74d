#include "SkuSearchField.h"

#include "sync/Workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shelfsync::views {

namespace {

const QString kSeparator = u" — "_s;

} // namespace

SkuSearchField::SkuSearchField(sync::Workspace &workspace, QWidget *parent)
    : QLineEdit(parent)
    , m_workspace(workspace)
    , m_entries(new QStringListModel(this))
    , m_completer(new QCompleter(m_entries, this))
{
    setPlaceholderText(tr("SKU id or name"));
    setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                setText(text);
                confirm();
            });
    connect(this, &QLineEdit::editingFinished, this, &SkuSearchField::confirm);
    connect(&workspace.replica(), &sync::Replica::reset, this, &SkuSearchField::refresh);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes, const QList<domain::Event> &) {
                if (!changes.skus.isEmpty())
                    refresh();
            });
    refresh();
}

QString SkuSearchField::skuId() const
{
    return resolve(text());
}

void SkuSearchField::setSkuId(const QString &id)
{
    const domain::Sku *sku = nullptr;
    if (auto it = m_workspace.state().skus.constFind(id); it != m_workspace.state().skus.cend())
        sku = &*it;
    setText(sku ? QString(id + kSeparator + sku->name) : id);
    m_lastChosen = resolve(text());
}

void SkuSearchField::addPendingSku(const QString &id)
{
    m_pending.insert(id);
}

void SkuSearchField::refresh()
{
    const auto &skus = m_workspace.state().skus;
    QStringList entries;
    entries.reserve(skus.size());
    for (auto it = skus.cbegin(); it != skus.cend(); ++it)
        entries << QString(it.key() + kSeparator + it->name);
    std::sort(entries.begin(), entries.end());
    m_entries->setStringList(entries);
    // Made here and now in the catalogue: the replica is the record again.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (skus.contains(*it))
            it = m_pending.erase(it);
        else
            ++it;
    }
}

void SkuSearchField::confirm()
{
    const QString id = skuId();
    if (id == m_lastChosen)
        return;
    m_lastChosen = id;
    if (!id.isEmpty())
        Q_EMIT skuChosen(id);
}

QString SkuSearchField::resolve(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const auto &skus = m_workspace.state().skus;
    if (skus.contains(text) || m_pending.contains(text))
        return text;
    const qsizetype separator = text.indexOf(kSeparator);
    if (separator > 0) {
        const QString id = text.left(separator);
        if (skus.contains(id) || m_pending.contains(id))
            return id;
    }
    // A typed id in the wrong case, or a name that only one SKU has.
    QString found;
    for (auto it = skus.cbegin(); it != skus.cend(); ++it) {
        if (it.key().compare(text, Qt::CaseInsensitive) == 0 ||
            it->name.compare(text, Qt::CaseInsensitive) == 0) {
            if (!found.isEmpty())
                return {};
            found = it.key();
        }
    }
    return found;
}

} // namespace shelfsync::views
