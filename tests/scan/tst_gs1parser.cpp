#include "scan/Gs1Parser.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using shelfsync::scan::parseScan;

// What receiving docks really scan: retail barcodes, GS1-128 carton labels and GS1
// DataMatrix codes as keyboard wedges type them, and the ways they arrive broken.
class TestGs1Parser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<qint64>("count");  // -1: none
        QTest::addColumn<QString>("error"); // a word the error must contain; empty: ok

        const QString gs = QString(QChar(0x1D));
        auto ok = [](const char *name, const QString &input, const char *gtin, const char *batch,
                     const char *expiry, qint64 count) {
            QTest::addRow("%s", name)
                << input << QString::fromLatin1(gtin) << QString::fromLatin1(batch)
                << QString::fromLatin1(expiry) << count << QString();
        };
        auto bad = [](const char *name, const QString &input, const char *error) {
            QTest::addRow("%s", name) << input << QString() << QString() << QString() << qint64(-1)
                                      << QString::fromLatin1(error);
        };

        // Retail barcodes.
        ok("EAN-13", u"4006381333931"_s, "04006381333931", "", "", -1);
        ok("EAN-13 with ]E0", u"]E04006381333931"_s, "04006381333931", "", "", -1);
        ok("UPC-A", u"036000291452"_s, "00036000291452", "", "", -1);
        ok("EAN-8", u"96385074"_s, "00000096385074", "", "", -1);
        ok("GTIN-14 digits", u"09506000134352"_s, "09506000134352", "", "", -1);
        ok("trailing Enter", u"4006381333931\r\n"_s, "04006381333931", "", "", -1);
        bad("EAN-13 bad check digit", u"4006381333932"_s, "check digit");
        bad("UPC-A bad check digit", u"036000291453"_s, "check digit");
        bad("empty", u""_s, "empty");
        bad("QR with a URL", u"]Q1https://example.org"_s, "symbology");

        // GS1-128 and DataMatrix element strings.
        ok("GS1-128 GTIN expiry batch", u"]C10109506000134352172612311"_s + u"0ABC123"_s,
           "09506000134352", "ABC123", "2026-12-31", -1);
        ok("DataMatrix with FNC1 after batch", u"]d2010950600013435210L2611"_s + gs + u"17270115"_s,
           "09506000134352", "L2611", "2027-01-15", -1);
        ok("DataMatrix count (37)", u"]d20109506000134352"_s + u"37"_s + u"24"_s + gs + u"10B7"_s,
           "09506000134352", "B7", "", 24);
        ok("QR GS1", u"]Q3010950600013435217261130"_s, "09506000134352", "", "2026-11-30", -1);
        ok("no prefix, leading GS", gs + u"0109506000134352"_s + u"10X1"_s, "09506000134352", "X1",
           "", -1);
        ok("no prefix at all", u"010950600013435217270228"_s, "09506000134352", "", "2027-02-28",
           -1);
        ok("day 00 is the month's last day", u"]C1010950600013435217270200"_s, "09506000134352", "",
           "2027-02-28", -1);
        ok("leap day 00", u"]C1010950600013435217280200"_s, "09506000134352", "", "2028-02-29", -1);
        ok("variable count (30)", u"]C1010950600013435230"_s + u"120"_s, "09506000134352", "", "",
           120);
        ok("best before (15) as expiry", u"]C1010950600013435215261215"_s, "09506000134352", "",
           "2026-12-15", -1);
        ok("expiry (17) beats best before (15)", u"]C1010950600013435215261215"_s + u"17261210"_s,
           "09506000134352", "", "2026-12-10", -1);
        ok("SSCC and content GTIN (02)",
           u"]C100006141411234567890"_s + u"0209506000134352"_s + u"37"_s + u"48"_s,
           "09506000134352", "", "", 48);
        ok("serial (21) is read past", u"]d2010950600013435221SER1"_s + gs + u"10LOT9"_s,
           "09506000134352", "LOT9", "", -1);
        ok("year 99 is last century", u"]C1010950600013435217991231"_s, "09506000134352", "",
           "1999-12-31", -1);
        ok("year 75 is next century", u"]C1010950600013435217751231"_s, "09506000134352", "",
           "2075-12-31", -1);
        ok("batch with symbols", u"]C1010950600013435210A-1/2.3"_s, "09506000134352", "A-1/2.3", "",
           -1);

        // The human-readable form with parentheses.
        ok("human readable", u"(01)09506000134352(17)261231(10)ABC123"_s, "09506000134352",
           "ABC123", "2026-12-31", -1);
        ok("human readable batch first", u"(10)L7(01)09506000134352(37)6"_s, "09506000134352", "L7",
           "", 6);

        // Broken scans.
        bad("GTIN bad check digit", u"]C10109506000134353"_s, "check digit");
        bad("bad month", u"]C1010950600013435217261331"_s, "not a date");
        bad("bad day", u"]C1010950600013435217260230"_s, "not a date");
        bad("unknown AI", u"]C1010950600013435299ABC"_s, "unknown AI");
        bad("unknown AI human readable", u"(01)09506000134352(99)X"_s, "unknown AI");
        bad("missing FNC1 after batch",
            u"]d20109506000134352"_s + u"10ABCDEFGHIJKLMNOPQR"_s + u"17261231"_s, "FNC1");
        bad("GTIN too short", u"]C101095060001343"_s, "14 digits");
        bad("no GTIN", u"]C110ABC"_s, "no GTIN");
        bad("count not digits", u"]C1010950600013435237ABC"_s, "digits");
        bad("empty batch", u"]C1010950600013435210"_s + gs + u"17261231"_s, "1 to 20");
        bad("SSCC bad check digit", u"]C100006141411234567891"_s, "check digit");
        bad("stray text in human readable", u"(01)09506000134352(1junk"_s, "unexpected");
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, gtin);
        QFETCH(QString, batch);
        QFETCH(QString, expiry);
        QFETCH(qint64, count);
        QFETCH(QString, error);

        const auto result = parseScan(input, QDate(2026, 11, 25));
        if (!error.isEmpty()) {
            QVERIFY2(!result.ok(), "the scan was accepted");
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.gtin, gtin);
        QCOMPARE(result.batch, batch);
        QCOMPARE(result.expiry.toString(Qt::ISODate), expiry);
        QCOMPARE(result.count.value_or(-1), count);
    }
};

QTEST_GUILESS_MAIN(TestGs1Parser)
#include "tst_gs1parser.moc"
