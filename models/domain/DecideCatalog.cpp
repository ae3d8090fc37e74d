#include "DecideContext.h"
#include "JsonFormat.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

Policy PolicyPatch::appliedTo(Policy base) const
{
    base.bufferPct = bufferPct.value_or(base.bufferPct);
    base.bufferMin = bufferMin.value_or(base.bufferMin);
    base.lockEnabled = lockEnabled.value_or(base.lockEnabled);
    base.lockTtlS = lockTtlS.value_or(base.lockTtlS);
    base.lockMaxQty = lockMaxQty.value_or(base.lockMaxQty);
    base.hideBeforeExpiryH = hideBeforeExpiryH.value_or(base.hideBeforeExpiryH);
    base.lowStock = lowStock.value_or(base.lowStock);
    base.deadstockDays = deadstockDays.value_or(base.deadstockDays);
    return base;
}

RuleOutcome decideUpsertLocation(DecideContext &context, const UpsertLocation &args)
{
    Location location{args.location, args.name, args.kind, args.timezone};
    context.writer.addUnscoped(args.location, {}, LocationUpserted{location});
    context.result = {{u"location"_s, args.location}};
    return std::nullopt;
}

RuleOutcome decideUpsertSku(DecideContext &context, const UpsertSku &args)
{
    Sku sku = context.state.skus.value(args.sku);
    const bool isNew = sku.id.isEmpty();
    sku.id = args.sku;
    sku.name = args.name;
    if (args.gtin)
        sku.gtin = *args.gtin;
    if (args.unit)
        sku.unit = *args.unit;
    else if (isNew)
        sku.unit = u"each"_s;
    if (args.category)
        sku.category = *args.category;
    if (args.shelfLifeDays)
        sku.shelfLifeDays = *args.shelfLifeDays;
    if (args.unitCost)
        sku.unitCost = *args.unitCost;

    // A scanned barcode must lead to exactly one SKU.
    if (!sku.gtin.isEmpty()) {
        const QString owner = context.state.skuByGtin.value(sku.gtin);
        if (!owner.isEmpty() && owner != sku.id) {
            Error error = Error::make(ErrorCode::Conflict,
                                      u"GTIN %1 already belongs to SKU %2"_s.arg(sku.gtin, owner));
            error.field = u"gtin"_s;
            return error;
        }
    }
    context.writer.addUnscoped({}, args.sku, SkuUpserted{sku});
    context.result = {{u"sku"_s, args.sku}};
    return std::nullopt;
}

RuleOutcome decideSetPolicy(DecideContext &context, const SetPolicy &args)
{
    if (!args.location.isEmpty() && !context.state.locations.contains(args.location))
        return Error::make(ErrorCode::UnknownLocation, u"unknown location %1"_s.arg(args.location));
    if (auto error = context.requireSku(args.sku))
        return error;

    const StockKey key{args.location, args.sku};
    const Policy base = args.location.isEmpty()
                            ? context.state.skuPolicies.value(args.sku, Policy{})
                            : context.state.effectivePolicy(key);
    const Policy policy = args.patch.appliedTo(base);
    if (args.location.isEmpty()) {
        context.writer.addUnscoped({}, args.sku, PolicyChanged{policy});
    } else {
        context.writer.add(key, PolicyChanged{policy});
        context.result.insert(u"after"_s, toJson(context.writer.after(key)));
    }
    context.result.insert(u"policy"_s, toJson(policy));
    return std::nullopt;
}

} // namespace shelfsync::domain
