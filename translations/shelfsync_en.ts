<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>shelfsync::items::AlertModel</name>
    <message numerus="yes">
        <source>%Ln order(s) at risk: %1 reserved, %2 sellable</source>
        <translation>
            <numerusform>%Ln order at risk: %1 reserved, %2 sellable</numerusform>
            <numerusform>%Ln orders at risk: %1 reserved, %2 sellable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s) expire on %2</source>
        <translation>
            <numerusform>Batch %1: %Ln unit expires on %2</numerusform>
            <numerusform>Batch %1: %Ln units expire on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s) hidden at expiry, to be written off</source>
        <translation>
            <numerusform>Batch %1: %Ln unit hidden at expiry, to be written off</numerusform>
            <numerusform>Batch %1: %Ln units hidden at expiry, to be written off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s), %2 days old, %3% sold in %4 days</source>
        <translation>
            <numerusform>Batch %1: %Ln unit, %2 days old, %3% sold in %4 days</numerusform>
            <numerusform>Batch %1: %Ln units, %2 days old, %3% sold in %4 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s) will not sell before %2 at the current rate</source>
        <translation>
            <numerusform>Batch %1: %Ln unit will not sell before %2 at the current rate</numerusform>
            <numerusform>Batch %1: %Ln units will not sell before %2 at the current rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::BatchModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DashboardDetailModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DashboardModel</name>
    <message numerus="yes">
        <source>%Ln SKU(s) with stock records at this location</source>
        <translation>
            <numerusform>%Ln SKU with stock records at this location</numerusform>
            <numerusform>%Ln SKUs with stock records at this location</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SKU(s)</source>
        <translation>
            <numerusform>%1 of %Ln SKU</numerusform>
            <numerusform>%1 of %Ln SKUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DeadstockTable</name>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::HealthRules</name>
    <message numerus="yes">
        <source>Expires in %Ln day(s), on %1</source>
        <translation>
            <numerusform>Expires in %Ln day, on %1</numerusform>
            <numerusform>Expires in %Ln days, on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing sold in 7 days, %Ln day(s) left to sell it</source>
        <translation>
            <numerusform>Nothing sold in 7 days, %Ln day left to sell it</numerusform>
            <numerusform>Nothing sold in 7 days, %Ln days left to sell it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days to sell it at the current rate, %Ln day(s) left</source>
        <translation>
            <numerusform>%1 days to sell it at the current rate, %Ln day left</numerusform>
            <numerusform>%1 days to sell it at the current rate, %Ln days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SKU(s) (%2).</source>
        <translation>
            <numerusform>%1 of %Ln SKU (%2).</numerusform>
            <numerusform>%1 of %Ln SKUs (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SKU(s) (%2) have a batch expiring within %3 days or past its date.</source>
        <translation>
            <numerusform>%1 of %Ln SKU (%2) have a batch expiring within %3 days or past its date.</numerusform>
            <numerusform>%1 of %Ln SKUs (%2) have a batch expiring within %3 days or past its date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at cost in %Ln batch(es): %2 of the stock value (%3).</source>
        <translation>
            <numerusform>%1 at cost in %Ln batch: %2 of the stock value (%3).</numerusform>
            <numerusform>%1 at cost in %Ln batches: %2 of the stock value (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::InventoryModel</name>
    <message numerus="yes">
        <source>Sellable units divided by the average units sold a day over the last %Ln day(s)</source>
        <translation>
            <numerusform>Sellable units divided by the average units sold a day over the last %Ln day</numerusform>
            <numerusform>Sellable units divided by the average units sold a day over the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units sold a day on average over the last %Ln day(s)</source>
        <translation>
            <numerusform>%1 units sold a day on average over the last %Ln day</numerusform>
            <numerusform>%1 units sold a day on average over the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sales in the last %Ln day(s)</source>
        <translation>
            <numerusform>No sales in the last %Ln day</numerusform>
            <numerusform>No sales in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::PolicyModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s) follow a policy of their own</source>
        <translation>
            <numerusform>%Ln location follows a policy of its own</numerusform>
            <numerusform>%Ln locations follow a policy of their own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::ReservationModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::StockStatus</name>
    <message numerus="yes">
        <source>%Ln order(s) at risk: the shelf no longer covers them</source>
        <translation>
            <numerusform>%Ln order at risk: the shelf no longer covers them</numerusform>
            <numerusform>%Ln orders at risk: the shelf no longer covers them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) expire within %1 days</source>
        <translation>
            <numerusform>%Ln unit expires within %1 days</numerusform>
            <numerusform>%Ln units expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) hidden near or past expiry</source>
        <translation>
            <numerusform>%Ln unit hidden near or past expiry</numerusform>
            <numerusform>%Ln units hidden near or past expiry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::AgeingChart</name>
    <message numerus="yes">
        <source>%1 · %2 days: %3 at cost (%Ln unit(s))</source>
        <translation>
            <numerusform>%1 · %2 days: %3 at cost (%Ln unit)</numerusform>
            <numerusform>%1 · %2 days: %3 at cost (%Ln units)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ChartsView</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::CoverChart</name>
    <message numerus="yes">
        <source>%Ln batch(es) plotted:</source>
        <translation>
            <numerusform>%Ln batch plotted:</numerusform>
            <numerusform>%Ln batches plotted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the danger zone,</source>
        <translation>
            <numerusform>%Ln in the danger zone,</numerusform>
            <numerusform>%Ln in the danger zone,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no sales in 7 days.</source>
        <translation>
            <numerusform>%Ln with no sales in 7 days.</numerusform>
            <numerusform>%Ln with no sales in 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an expiry date left out.</source>
        <translation>
            <numerusform>%Ln without an expiry date left out.</numerusform>
            <numerusform>%Ln without an expiry date left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln day(s) ago</source>
        <translation>
            <numerusform>expired %Ln day ago</numerusform>
            <numerusform>expired %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln day(s)</source>
        <translation>
            <numerusform>expires in %Ln day</numerusform>
            <numerusform>expires in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 %3 · batch %4
%Ln unit(s), %5, %6</source>
        <translation>
            <numerusform>%1 · %2 %3 · batch %4
%Ln unit, %5, %6</numerusform>
            <numerusform>%1 · %2 %3 · batch %4
%Ln units, %5, %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::DashboardView</name>
    <message numerus="yes">
        <source>%Ln SKU(s)</source>
        <translation>
            <numerusform>%Ln SKU</numerusform>
            <numerusform>%Ln SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s), %1</source>
        <translation>
            <numerusform>%Ln SKU, %1</numerusform>
            <numerusform>%Ln SKUs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es), %1 at cost</source>
        <translation>
            <numerusform>%Ln batch, %1 at cost</numerusform>
            <numerusform>%Ln batches, %1 at cost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::HistoryDialog</name>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>%Ln event, newest first</numerusform>
            <numerusform>%Ln events, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::InventoryView</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::OutboxView</name>
    <message numerus="yes">
        <source>%Ln command(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln command waiting to be sent</numerusform>
            <numerusform>%Ln commands waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::PoliciesView</name>
    <message numerus="yes">
        <source>Saving the policy of %Ln SKU(s)...</source>
        <translation>
            <numerusform>Saving the policy of %Ln SKU...</numerusform>
            <numerusform>Saving the policy of %Ln SKUs...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy of %Ln SKU(s)</source>
        <translation>
            <numerusform>Policy of %Ln SKU</numerusform>
            <numerusform>Policy of %Ln SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default of every location; %Ln location override(s) keep their own values.</source>
        <translation>
            <numerusform>The default of every location; %Ln location override keeps its own values.</numerusform>
            <numerusform>The default of every location; %Ln location overrides keep their own values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes the override at %1 (%Ln SKU(s) have one).</source>
        <translation>
            <numerusform>Changes the override at %1 (%Ln SKU has one).</numerusform>
            <numerusform>Changes the override at %1 (%Ln SKUs have one).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ReceivingView</name>
    <message numerus="yes">
        <source>%Ln day(s) shelf life</source>
        <translation>
            <numerusform>%Ln day shelf life</numerusform>
            <numerusform>%Ln days shelf life</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ReservationsView</name>
    <message numerus="yes">
        <source>Release %Ln reservation(s)? The stock becomes available to promise again.</source>
        <translation>
            <numerusform>Release %Ln reservation? The stock becomes available to promise again.</numerusform>
            <numerusform>Release %Ln reservations? The stock becomes available to promise again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln hold</numerusform>
            <numerusform>%Ln holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln committed</source>
        <translation>
            <numerusform>%Ln committed</numerusform>
            <numerusform>%Ln committed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln at risk</source>
        <translation>
            <numerusform>%Ln at risk</numerusform>
            <numerusform>%Ln at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) held</source>
        <translation>
            <numerusform>%Ln unit held</numerusform>
            <numerusform>%Ln units held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
