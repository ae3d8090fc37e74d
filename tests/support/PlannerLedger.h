#pragma once

#include <QDateTime>

namespace shelfsync::service {
class OffsetClock;
}

namespace shelfsync::testing {

class WorkspaceHarness;

// A small ledger for the planners' screens, a month of it, ending on a month boundary.
// The service's clock ends at kPlannerNow; models that read "now" take it too.
//   Catalog: seedCatalog() (DS-01, WH-01, MILK-1L, YOG-500, BREAD-WH) + DS-02 "Dark store
//   North" (store) + RICE-1KG (pantry, unit cost 2.00, no shelf life).
//   2027-02-01 08:00 received: DS-01 MILK-1L 100 "M1" exp 2027-03-20; DS-02 MILK-1L 60
//   "M2" exp 2027-03-05; DS-01 YOG-500 40 "Y1" exp 2027-03-04; DS-01 RICE-1KG 50 "R1" and
//   DS-02 RICE-1KG 80 "R2" exp 2028-01-01; WH-01 RICE-1KG 300 "R3" exp 2028-06-30.
//   2027-02-10 12:00 sold DS-02 RICE-1KG 5.
//   2027-02-22 .. 2027-02-28, 12:00 each day: sold DS-01 MILK-1L 2; on 02-26 and 02-28
//   also DS-02 MILK-1L 1.
//   2027-03-01 09:00 sold DS-01 MILK-1L 4; received DS-01 BREAD-WH 10 "B1" exp 2027-03-03
//   (received today, nothing sold).
// YOG-500 never sold. Sales are dispatches (no reservations).
inline const QDateTime kPlannerNow =
    QDateTime::fromString(QStringLiteral("2027-03-01T10:00:00Z"), Qt::ISODate);

// Seeds the ledger through the harness's workspace (an admin); false on the first
// refused command, with a warning naming it.
bool seedPlannerLedger(WorkspaceHarness &harness, service::OffsetClock &clock);

} // namespace shelfsync::testing
