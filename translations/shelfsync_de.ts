<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Shelfsync: live stock, batches, buffers and locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the replica and the embedded service in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a first start, load the demo data without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a first start, start with an empty ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of each screen on the demo data in DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::app::AppController</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Shelfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first start. Load the demo data set: three dark stores and a warehouse, 2,000 grocery SKUs with batches and expiry, and 90 days of history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo data set, about half a minute...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded service did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelfsync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::app::ConnectionDialog</name>
    <message>
        <source>&amp;Embedded service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service with its own ledger in your data folder; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::app::ConnectionSettings</name>
    <message>
        <source>The service URL must look like ws://host:8420/v1/sync or wss://host/v1/sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is needed to connect to a remote service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::app::EmbeddedService</name>
    <message>
        <source>Cannot write the embedded service&apos;s token in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::app::MainWindow</name>
    <message>
        <source>Shelfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Shelfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Shelfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shelfsync %1&lt;/h3&gt;&lt;p&gt;Live stock for warehouses, dark stores and dealer networks: batches and expiry, buffers and locks, reservations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::BatchModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden from sale: inside the hide-before-expiry window or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon: sell or write off first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the end of the expiry day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the batch was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::CommandText</name>
    <message>
        <source>Save location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffer %1% / min %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock: %1 available to promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the per-hold limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds are switched off for this SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods are past their expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::OutboxModel</name>
    <message>
        <source>Waiting to be sent to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::PolicyModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) follow a policy of their own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No limit per hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock held back from channels: the larger of the minimum and the percentage of sellable stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a channel&apos;s hold lasts before it is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches are hidden from channels this many hours before they expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available to promise at or below this counts as low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations with a policy of their own for this SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock TTL (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max per hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide before expiry (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::PolicyPreviewModel</name>
    <message>
        <source>This location keeps a policy of its own and is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ATP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::ReceiptModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::items::ReservationModel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The shelf no longer covers this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released automatically at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::sync::Workspace</name>
    <message>
        <source>That command is no longer waiting for a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::views::FixCommandDialog</name>
    <message>
        <source>Fix and resend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::views::OutboxView</name>
    <message>
        <source>&amp;Fix and Resend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &quot;%1: %2&quot;? It will not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelfsync::views::SyncStatusWidget</name>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchandiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the commands waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting... · offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the service went quiet · since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
