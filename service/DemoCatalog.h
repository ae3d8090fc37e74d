#pragma once

#include <QList>
#include <QString>

namespace shelfsync::service {

// One SKU of the demo data set, with how it sells.
struct DemoSku
{
    QString sku;
    QString name;
    QString gtin;
    QString category;
    QString unit;
    int shelfLifeDays = 0; // 0: does not expire
    double unitCost = 0.0;
    double dailyRate = 0.0; // mean units sold a day at an average store; 0: deadstock
};

// About 2,000 grocery and household SKUs across twelve categories, the same every time.
QList<DemoSku> demoCatalog(quint32 seed);

} // namespace shelfsync::service
