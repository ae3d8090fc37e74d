#include "DemoCatalog.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

namespace {

struct Category
{
    QString name;
    QString prefix;
    QStringList products;
    QStringList sizes;
    int minLife;
    int maxLife;
    double minCost;
    double maxCost;
};

const QStringList kBrands{u"Alpenhof"_s,    u"Green Valley"_s, u"Nordic Farm"_s,  u"Daily Fresh"_s,
                          u"Hillside"_s,    u"Sunfield"_s,     u"Blue Harbour"_s, u"Oakwood"_s,
                          u"Little Acre"_s, u"Corner Shop"_s};

QList<Category> categories()
{
    return {
        {u"Dairy"_s,
         u"DAI"_s,
         {u"Whole milk"_s, u"Semi-skimmed milk"_s, u"Oat drink"_s, u"Greek yoghurt"_s,
          u"Natural yoghurt"_s, u"Butter"_s, u"Cheddar"_s, u"Mozzarella"_s, u"Cream cheese"_s,
          u"Double cream"_s, u"Kefir"_s, u"Skyr"_s, u"Feta"_s, u"Halloumi"_s, u"Cottage cheese"_s,
          u"Gouda"_s, u"Brie"_s},
         {u"250 g"_s, u"500 g"_s, u"1 L"_s},
         7,
         24,
         0.6,
         4.5},
        {u"Bakery"_s,
         u"BAK"_s,
         {u"Sourdough loaf"_s, u"Rye bread"_s, u"Baguette"_s, u"Croissants"_s, u"Bagels"_s,
          u"Brioche"_s, u"Pita bread"_s, u"Wholemeal rolls"_s, u"Cinnamon buns"_s, u"Muffins"_s,
          u"Tortilla wraps"_s, u"Focaccia"_s},
         {u"4 pack"_s, u"400 g"_s, u"800 g"_s},
         2,
         6,
         0.5,
         3.2},
        {u"Produce"_s,
         u"PRO"_s,
         {u"Bananas"_s, u"Apples"_s, u"Tomatoes"_s, u"Cucumber"_s, u"Avocados"_s, u"Lemons"_s,
          u"Baby spinach"_s, u"Carrots"_s, u"Red onions"_s, u"Potatoes"_s, u"Blueberries"_s,
          u"Strawberries"_s, u"Broccoli"_s, u"Peppers"_s, u"Garlic"_s, u"Mushrooms"_s},
         {u"500 g"_s, u"1 kg"_s, u"each"_s},
         3,
         12,
         0.3,
         3.0},
        {u"Meat & fish"_s,
         u"MEA"_s,
         {u"Chicken breast"_s, u"Beef mince"_s, u"Pork sausages"_s, u"Salmon fillets"_s,
          u"Smoked ham"_s, u"Turkey slices"_s, u"Cod fillets"_s, u"Bacon"_s, u"Lamb chops"_s,
          u"Prawns"_s, u"Chorizo"_s},
         {u"200 g"_s, u"400 g"_s, u"1 kg"_s},
         3,
         10,
         1.5,
         9.0},
        {u"Frozen"_s,
         u"FRO"_s,
         {u"Garden peas"_s, u"Pizza margherita"_s, u"Fish fingers"_s, u"Vanilla ice cream"_s,
          u"Mixed berries"_s, u"Oven chips"_s, u"Spinach portions"_s, u"Dumplings"_s,
          u"Veggie burgers"_s, u"Sweetcorn"_s},
         {u"400 g"_s, u"750 g"_s, u"1 kg"_s},
         120,
         365,
         1.0,
         5.5},
        {u"Beverages"_s,
         u"BEV"_s,
         {u"Sparkling water"_s, u"Still water"_s, u"Orange juice"_s, u"Apple juice"_s, u"Cola"_s,
          u"Lemonade"_s, u"Iced tea"_s, u"Ground coffee"_s, u"Black tea"_s, u"Green tea"_s,
          u"Energy drink"_s, u"Ginger beer"_s},
         {u"330 ml"_s, u"1 L"_s, u"6 x 500 ml"_s},
         90,
         365,
         0.3,
         6.0},
        {u"Snacks"_s,
         u"SNA"_s,
         {u"Salted crisps"_s, u"Tortilla chips"_s, u"Dark chocolate"_s, u"Milk chocolate"_s,
          u"Salted peanuts"_s, u"Trail mix"_s, u"Oat bars"_s, u"Popcorn"_s, u"Pretzels"_s,
          u"Rice cakes"_s, u"Gummy bears"_s, u"Shortbread"_s},
         {u"100 g"_s, u"150 g"_s, u"200 g"_s},
         60,
         270,
         0.4,
         3.0},
        {u"Pantry"_s,
         u"PAN"_s,
         {u"Spaghetti"_s, u"Penne"_s, u"Basmati rice"_s, u"Chopped tomatoes"_s, u"Chickpeas"_s,
          u"Olive oil"_s, u"Peanut butter"_s, u"Strawberry jam"_s, u"Porridge oats"_s,
          u"Cornflakes"_s, u"Plain flour"_s, u"Sugar"_s, u"Honey"_s, u"Tomato ketchup"_s},
         {u"400 g"_s, u"500 g"_s, u"1 kg"_s},
         180,
         720,
         0.5,
         6.0},
        {u"Household"_s,
         u"HOU"_s,
         {u"Washing-up liquid"_s, u"Laundry detergent"_s, u"Kitchen roll"_s, u"Toilet tissue"_s,
          u"Bin bags"_s, u"Sponges"_s, u"Surface spray"_s, u"Dishwasher tablets"_s,
          u"Aluminium foil"_s, u"Cling film"_s, u"Light bulbs"_s, u"Batteries AA"_s},
         {u"1 pack"_s, u"4 pack"_s, u"12 pack"_s},
         0,
         0,
         0.8,
         8.0},
        {u"Personal care"_s,
         u"PER"_s,
         {u"Toothpaste"_s, u"Shampoo"_s, u"Shower gel"_s, u"Deodorant"_s, u"Hand soap"_s,
          u"Sunscreen SPF30"_s, u"Cotton pads"_s, u"Razors"_s, u"Lip balm"_s, u"Conditioner"_s},
         {u"50 ml"_s, u"250 ml"_s, u"400 ml"_s},
         0,
         0,
         0.9,
         7.5},
        {u"Baby"_s,
         u"BAB"_s,
         {u"Baby wipes"_s, u"Nappies size 3"_s, u"Nappies size 4"_s, u"Fruit puree"_s,
          u"Baby porridge"_s, u"Formula milk"_s, u"Rice rusks"_s},
         {u"1 pack"_s, u"2 pack"_s, u"jumbo"_s},
         120,
         360,
         1.0,
         12.0},
        {u"Pet"_s,
         u"PET"_s,
         {u"Dry cat food"_s, u"Wet cat food"_s, u"Dry dog food"_s, u"Dog treats"_s, u"Cat litter"_s,
          u"Dental chews"_s},
         {u"400 g"_s, u"2 kg"_s, u"12 x 85 g"_s},
         180,
         540,
         0.8,
         14.0},
    };
}

QString gtinFor(int index)
{
    // EAN-13 in a made-up 20xxxxx in-store range, with a real check digit.
    const QString body = u"20"_s + QString::number(1000000000 + index).right(10);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (body.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return body + QString::number((10 - sum % 10) % 10);
}

} // namespace

QList<DemoSku> demoCatalog(quint32 seed)
{
    QRandomGenerator random(seed);
    QList<DemoSku> skus;
    const QList<Category> all = categories();
    constexpr int kPerCategory = 170; // 12 x 170 = 2,040 SKUs
    for (const Category &category : all) {
        int made = 0;
        for (int b = 0; b < kBrands.size() && made < kPerCategory; ++b) {
            for (const QString &product : category.products) {
                for (const QString &size : category.sizes) {
                    if (made >= kPerCategory || random.bounded(100) < 35)
                        continue;
                    DemoSku sku;
                    ++made;
                    sku.sku = u"%1-%2"_s.arg(category.prefix).arg(made, 4, 10, QChar(u'0'));
                    sku.name = u"%1 %2 %3"_s.arg(kBrands[b], product, size);
                    sku.gtin = gtinFor(int(skus.size()) + 1);
                    sku.category = category.name;
                    sku.unit = size == "each"_L1 ? u"each"_s : u"pack"_s;
                    sku.shelfLifeDays =
                        category.maxLife == 0
                            ? 0
                            : category.minLife +
                                  int(random.bounded(category.maxLife - category.minLife + 1));
                    sku.unitCost =
                        std::round((category.minCost + random.generateDouble() *
                                                           (category.maxCost - category.minCost)) *
                                   100.0) /
                        100.0;
                    // A long tail: most SKUs sell a little, a few sell a lot, some not at all.
                    const int kind = int(random.bounded(100));
                    if (kind < 6)
                        sku.dailyRate = 0.0;
                    else if (kind < 22)
                        sku.dailyRate = 0.03 + random.generateDouble() * 0.12;
                    else
                        sku.dailyRate = std::min(
                            20.0, std::exp(-0.2 + 1.1 * (random.generateDouble() * 2.0 - 1.0) +
                                           (kind > 95 ? 2.0 : 0.0)));
                    skus.append(sku);
                }
            }
        }
    }
    return skus;
}

} // namespace shelfsync::service
