<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>shelfsync::items::AlertModel</name>
    <message numerus="yes">
        <source>%n order(s) at risk: %1 reserved, %2 sellable</source>
        <translation>
            <numerusform>%n order at risk: %1 reserved, %2 sellable</numerusform>
            <numerusform>%n orders at risk: %1 reserved, %2 sellable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n unit(s) expire on %2</source>
        <translation>
            <numerusform>Batch %1: %n unit expires on %2</numerusform>
            <numerusform>Batch %1: %n units expire on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n unit(s) hidden at expiry, to be written off</source>
        <translation>
            <numerusform>Batch %1: %n unit hidden at expiry, to be written off</numerusform>
            <numerusform>Batch %1: %n units hidden at expiry, to be written off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n unit(s), %2 days old, %3% sold in %4 days</source>
        <translation>
            <numerusform>Batch %1: %n unit, %2 days old, %3% sold in %4 days</numerusform>
            <numerusform>Batch %1: %n units, %2 days old, %3% sold in %4 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n unit(s) will not sell before %2 at the current rate</source>
        <translation>
            <numerusform>Batch %1: %n unit will not sell before %2 at the current rate</numerusform>
            <numerusform>Batch %1: %n units will not sell before %2 at the current rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::BatchModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DashboardDetailModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DashboardModel</name>
    <message numerus="yes">
        <source>%n SKU(s) with stock records at this location</source>
        <translation>
            <numerusform>%n SKU with stock records at this location</numerusform>
            <numerusform>%n SKUs with stock records at this location</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SKU(s)</source>
        <translation>
            <numerusform>%1 of %n SKU</numerusform>
            <numerusform>%1 of %n SKUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DeadstockTable</name>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::HealthRules</name>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expires in %n day, on %1</numerusform>
            <numerusform>Expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing sold in 7 days, %n day(s) left to sell it</source>
        <translation>
            <numerusform>Nothing sold in 7 days, %n day left to sell it</numerusform>
            <numerusform>Nothing sold in 7 days, %n days left to sell it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days to sell it at the current rate, %n day(s) left</source>
        <translation>
            <numerusform>%1 days to sell it at the current rate, %n day left</numerusform>
            <numerusform>%1 days to sell it at the current rate, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SKU(s) (%2).</source>
        <translation>
            <numerusform>%1 of %n SKU (%2).</numerusform>
            <numerusform>%1 of %n SKUs (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SKU(s) (%2) have a batch expiring within %3 days or past its date.</source>
        <translation>
            <numerusform>%1 of %n SKU (%2) have a batch expiring within %3 days or past its date.</numerusform>
            <numerusform>%1 of %n SKUs (%2) have a batch expiring within %3 days or past its date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at cost in %n batch(es): %2 of the stock value (%3).</source>
        <translation>
            <numerusform>%1 at cost in %n batch: %2 of the stock value (%3).</numerusform>
            <numerusform>%1 at cost in %n batches: %2 of the stock value (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::InventoryModel</name>
    <message numerus="yes">
        <source>Sellable units divided by the average units sold a day over the last %n day(s)</source>
        <translation>
            <numerusform>Sellable units divided by the average units sold a day over the last %n day</numerusform>
            <numerusform>Sellable units divided by the average units sold a day over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units sold a day on average over the last %n day(s)</source>
        <translation>
            <numerusform>%1 units sold a day on average over the last %n day</numerusform>
            <numerusform>%1 units sold a day on average over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sales in the last %n day(s)</source>
        <translation>
            <numerusform>No sales in the last %n day</numerusform>
            <numerusform>No sales in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::PolicyModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) follow a policy of their own</source>
        <translation>
            <numerusform>%n location follows a policy of its own</numerusform>
            <numerusform>%n locations follow a policy of their own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::ReservationModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::StockStatus</name>
    <message numerus="yes">
        <source>%n order(s) at risk: the shelf no longer covers them</source>
        <translation>
            <numerusform>%n order at risk: the shelf no longer covers them</numerusform>
            <numerusform>%n orders at risk: the shelf no longer covers them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) expire within %1 days</source>
        <translation>
            <numerusform>%n unit expires within %1 days</numerusform>
            <numerusform>%n units expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) hidden near or past expiry</source>
        <translation>
            <numerusform>%n unit hidden near or past expiry</numerusform>
            <numerusform>%n units hidden near or past expiry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::AgeingChart</name>
    <message numerus="yes">
        <source>%1 · %2 days: %3 at cost (%n unit(s))</source>
        <translation>
            <numerusform>%1 · %2 days: %3 at cost (%n unit)</numerusform>
            <numerusform>%1 · %2 days: %3 at cost (%n units)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ChartsView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::CoverChart</name>
    <message numerus="yes">
        <source>%n batch(es) plotted:</source>
        <translation>
            <numerusform>%n batch plotted:</numerusform>
            <numerusform>%n batches plotted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the danger zone,</source>
        <translation>
            <numerusform>%n in the danger zone,</numerusform>
            <numerusform>%n in the danger zone,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no sales in 7 days.</source>
        <translation>
            <numerusform>%n with no sales in 7 days.</numerusform>
            <numerusform>%n with no sales in 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an expiry date left out.</source>
        <translation>
            <numerusform>%n without an expiry date left out.</numerusform>
            <numerusform>%n without an expiry date left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 %3 · batch %4
%n unit(s), %5, %6</source>
        <translation>
            <numerusform>%1 · %2 %3 · batch %4
%n unit, %5, %6</numerusform>
            <numerusform>%1 · %2 %3 · batch %4
%n units, %5, %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::DashboardView</name>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s), %1</source>
        <translation>
            <numerusform>%n SKU, %1</numerusform>
            <numerusform>%n SKUs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), %1 at cost</source>
        <translation>
            <numerusform>%n batch, %1 at cost</numerusform>
            <numerusform>%n batches, %1 at cost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::HistoryDialog</name>
    <message numerus="yes">
        <source>%n event(s), newest first</source>
        <translation>
            <numerusform>%n event, newest first</numerusform>
            <numerusform>%n events, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::InventoryView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::OutboxView</name>
    <message numerus="yes">
        <source>%n command(s) waiting to be sent</source>
        <translation>
            <numerusform>%n command waiting to be sent</numerusform>
            <numerusform>%n commands waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::PoliciesView</name>
    <message numerus="yes">
        <source>Saving the policy of %n SKU(s)...</source>
        <translation>
            <numerusform>Saving the policy of %n SKU...</numerusform>
            <numerusform>Saving the policy of %n SKUs...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy of %n SKU(s)</source>
        <translation>
            <numerusform>Policy of %n SKU</numerusform>
            <numerusform>Policy of %n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default of every location; %n location override(s) keep their own values.</source>
        <translation>
            <numerusform>The default of every location; %n location override keeps its own values.</numerusform>
            <numerusform>The default of every location; %n location overrides keep their own values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes the override at %1 (%n SKU(s) have one).</source>
        <translation>
            <numerusform>Changes the override at %1 (%n SKU has one).</numerusform>
            <numerusform>Changes the override at %1 (%n SKUs have one).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ReceivingView</name>
    <message numerus="yes">
        <source>%n day(s) shelf life</source>
        <translation>
            <numerusform>%n day shelf life</numerusform>
            <numerusform>%n days shelf life</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ReservationsView</name>
    <message numerus="yes">
        <source>Release %n reservation(s)? The stock becomes available to promise again.</source>
        <translation>
            <numerusform>Release %n reservation? The stock becomes available to promise again.</numerusform>
            <numerusform>Release %n reservations? The stock becomes available to promise again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committed</source>
        <translation>
            <numerusform>%n committed</numerusform>
            <numerusform>%n committed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) held</source>
        <translation>
            <numerusform>%n unit held</numerusform>
            <numerusform>%n units held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
