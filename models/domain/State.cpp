#include "State.h"

#include <algorithm>

namespace shelfsync::domain {

const Batch *Cell::batch(const QString &id) const
{
    auto it = std::find_if(batches.cbegin(), batches.cend(),
                           [&id](const Batch &batch) { return batch.id == id; });
    return it == batches.cend() ? nullptr : &*it;
}

Batch *Cell::batch(const QString &id)
{
    auto it = std::find_if(batches.begin(), batches.end(),
                           [&id](const Batch &batch) { return batch.id == id; });
    return it == batches.end() ? nullptr : &*it;
}

Policy State::effectivePolicy(const StockKey &key) const
{
    if (auto it = overrides.constFind(key); it != overrides.cend())
        return *it;
    return skuPolicies.value(key.sku, Policy{});
}

const Cell *State::cell(const StockKey &key) const
{
    auto it = cells.constFind(key);
    return it == cells.cend() ? nullptr : &*it;
}

Availability State::availability(const StockKey &key) const
{
    static const Cell empty;
    const Cell *found = cell(key);
    return computeAvailability(found ? *found : empty, effectivePolicy(key));
}

State State::slice(const StockKey &key) const
{
    State part;
    if (auto it = locations.constFind(key.location); it != locations.cend())
        part.locations.insert(it.key(), *it);
    if (auto it = skus.constFind(key.sku); it != skus.cend())
        part.skus.insert(it.key(), *it);
    if (auto it = skuPolicies.constFind(key.sku); it != skuPolicies.cend())
        part.skuPolicies.insert(it.key(), *it);
    if (auto it = overrides.constFind(key); it != overrides.cend())
        part.overrides.insert(it.key(), *it);
    if (const Cell *found = cell(key)) {
        part.cells.insert(key, *found);
        for (const QString &id : found->reservations)
            part.reservations.insert(id, reservations.value(id));
    }
    return part;
}

Quantity computeBuffer(Quantity sellable, const Policy &policy)
{
    if (!policy.bufferOn() || sellable <= 0)
        return 0;
    // ceil(sellable * pct / 100) in integers; sellable and pct are never negative here.
    const Quantity byPercent = (sellable * policy.bufferPct + 99) / 100;
    return std::min(sellable, std::max(policy.bufferMin, byPercent));
}

Availability computeAvailability(const Cell &cell, const Policy &policy)
{
    Availability figures;
    for (const Batch &batch : cell.batches) {
        figures.onHand += batch.qty;
        if (batch.hidden)
            figures.hidden += batch.qty;
    }
    figures.reserved = cell.reserved;
    const Quantity sellable = figures.sellable();
    figures.buffer = computeBuffer(sellable, policy);
    figures.atp = std::max<Quantity>(0, sellable - figures.reserved - figures.buffer);
    return figures;
}

} // namespace shelfsync::domain
