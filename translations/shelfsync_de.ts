<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Shelfsync: live stock, batches, buffers and locks.</source>
        <translation>Shelfsync: Live-Bestand, Chargen, Puffer und Reservierungen.</translation>
    </message>
    <message>
        <source>Keep the replica and the embedded service in DIR.</source>
        <translation>Replik und integrierten Dienst in DIR ablegen.</translation>
    </message>
    <message>
        <source>On a first start, load the demo data without asking.</source>
        <translation>Beim ersten Start die Demodaten ohne Nachfrage laden.</translation>
    </message>
    <message>
        <source>On a first start, start with an empty ledger.</source>
        <translation>Beim ersten Start mit einem leeren Journal beginnen.</translation>
    </message>
    <message>
        <source>Save a PNG of each screen on the demo data in DIR, then quit.</source>
        <translation>Von jeder Ansicht mit den Demodaten ein PNG in DIR speichern, dann beenden.</translation>
    </message>
</context>
<context>
    <name>shelfsync::app::AppController</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Welcome to Shelfsync</source>
        <translation>Willkommen bei Shelfsync</translation>
    </message>
    <message>
        <source>This is the first start. Load the demo data set: three dark stores and a warehouse, 2,000 grocery SKUs with batches and expiry, and 90 days of history?</source>
        <translation>Dies ist der erste Start. Demodaten laden: drei Dark Stores und ein Lager, 2.000 Lebensmittel-Artikel mit Chargen und Ablaufdaten sowie 90 Tage Verlauf?</translation>
    </message>
    <message>
        <source>Writing the demo data set, about half a minute...</source>
        <translation>Demodaten werden geschrieben, etwa eine halbe Minute...</translation>
    </message>
    <message>
        <source>Embedded service</source>
        <translation>Integrierter Dienst</translation>
    </message>
    <message>
        <source>The embedded service did not start</source>
        <translation>Der integrierte Dienst ist nicht gestartet</translation>
    </message>
    <message>
        <source>Shelfsync</source>
        <translation>Shelfsync</translation>
    </message>
</context>
<context>
    <name>shelfsync::app::ConnectionDialog</name>
    <message>
        <source>&amp;Embedded service on this computer</source>
        <translation>&amp;Integrierter Dienst auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Remote service</source>
        <translation>Entfe&amp;rnter Dienst</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>A service with its own ledger in your data folder; nothing leaves this computer.</source>
        <translation>Ein Dienst mit eigenem Journal in Ihrem Datenordner; nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>shelfsync::app::ConnectionSettings</name>
    <message>
        <source>The service URL must look like ws://host:8420/v1/sync or wss://host/v1/sync.</source>
        <translation>Die Dienst-URL muss die Form ws://host:8420/v1/sync oder wss://host/v1/sync haben.</translation>
    </message>
    <message>
        <source>A token is needed to connect to a remote service.</source>
        <translation>Für die Verbindung mit einem entfernten Dienst wird ein Token benötigt.</translation>
    </message>
</context>
<context>
    <name>shelfsync::app::EmbeddedService</name>
    <message>
        <source>Cannot write the embedded service&apos;s token in %1.</source>
        <translation>Das Token des integrierten Dienstes kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>shelfsync::app::MainWindow</name>
    <message>
        <source>Shelfsync</source>
        <translation>Shelfsync</translation>
    </message>
    <message>
        <source>Outbox and Conflicts</source>
        <translation>Postausgang und Konflikte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection...</source>
        <translation>&amp;Verbindung...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Shelfsync</source>
        <translation>Ü&amp;ber Shelfsync</translation>
    </message>
    <message>
        <source>About Shelfsync</source>
        <translation>Über Shelfsync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shelfsync %1&lt;/h3&gt;&lt;p&gt;Live stock for warehouses, dark stores and dealer networks: batches and expiry, buffers and locks, reservations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shelfsync %1&lt;/h3&gt;&lt;p&gt;Live-Bestand für Lager, Dark Stores und Händlernetze: Chargen und Ablaufdaten, Puffer, Warenkorb- und Auftragsreservierungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Receiving</source>
        <translation>&amp;Wareneingang</translation>
    </message>
    <message>
        <source>&amp;Batches and Expiry</source>
        <translation>&amp;Chargen und Ablauf</translation>
    </message>
    <message>
        <source>Buffers and &amp;Locks</source>
        <translation>&amp;Puffer und Reservierungen</translation>
    </message>
    <message>
        <source>Rese&amp;rvations</source>
        <translation>&amp;Reservierungen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Batches of This Row</source>
        <translation>&amp;Chargen dieser Zeile</translation>
    </message>
    <message>
        <source>&amp;Policy of This SKU</source>
        <translation>&amp;Regel dieses Artikels</translation>
    </message>
    <message>
        <source>&amp;Reservations of This Row</source>
        <translation>Reser&amp;vierungen dieser Zeile</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>The service did not answer the charts&apos; queries.</source>
        <translation>Der Dienst hat die Abfragen der Diagramme nicht beantwortet.</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>D&amp;iagramme</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::AlertModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) at risk: %1 reserved, %2 sellable</source>
        <translation>
            <numerusform>%Ln Auftrag gefährdet: %1 reserviert, %2 verkaufbar</numerusform>
            <numerusform>%Ln Aufträge gefährdet: %1 reserviert, %2 verkaufbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sellable on the shelf</source>
        <translation>Nichts Verkaufbares im Regal</translation>
    </message>
    <message>
        <source>Nothing to promise: %1 sellable, %2 reserved, %3 buffer</source>
        <translation>Kein ATP: %1 verkaufbar, %2 reserviert, %3 Puffer</translation>
    </message>
    <message>
        <source>%1 available to promise, %2 days of cover</source>
        <translation>ATP %1, Reichweite %2 Tage</translation>
    </message>
    <message>
        <source>%1 available to promise, low-stock level %2</source>
        <translation>ATP %1, niedriger Bestand ab %2</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s) expire on %2</source>
        <translation>
            <numerusform>Charge %1: %Ln Einheit läuft am %2 ab</numerusform>
            <numerusform>Charge %1: %Ln Einheiten laufen am %2 ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s) hidden at expiry, to be written off</source>
        <translation>
            <numerusform>Charge %1: %Ln Einheit wegen Ablauf ausgeblendet, abzuschreiben</numerusform>
            <numerusform>Charge %1: %Ln Einheiten wegen Ablauf ausgeblendet, abzuschreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s), %2 days old, %3% sold in %4 days</source>
        <translation>
            <numerusform>Charge %1: %Ln Einheit, %2 Tage alt, %3 % in %4 Tagen verkauft</numerusform>
            <numerusform>Charge %1: %Ln Einheiten, %2 Tage alt, %3 % in %4 Tagen verkauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln unit(s) will not sell before %2 at the current rate</source>
        <translation>
            <numerusform>Charge %1: %Ln Einheit wird beim aktuellen Absatz nicht vor dem %2 verkauft</numerusform>
            <numerusform>Charge %1: %Ln Einheiten werden beim aktuellen Absatz nicht vor dem %2 verkauft</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Orders at risk</source>
        <translation>Gefährdete Aufträge</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Deadstock candidate</source>
        <translation>Möglicher Ladenhüter</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::BatchModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden from sale: inside the hide-before-expiry window or expired</source>
        <translation>Nicht im Verkauf: im Ausblendfenster vor Ablauf oder abgelaufen</translation>
    </message>
    <message>
        <source>Expires soon: sell or write off first</source>
        <translation>Läuft bald ab: zuerst verkaufen oder abschreiben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>Expired, hidden</source>
        <translation>Abgelaufen, ausgeblendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Verkaufbar</translation>
    </message>
    <message>
        <source>Days until the end of the expiry day (UTC)</source>
        <translation>Tage bis zum Ende des Ablauftags (UTC)</translation>
    </message>
    <message>
        <source>Days since the batch was received</source>
        <translation>Tage seit dem Wareneingang der Charge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::CommandText</name>
    <message>
        <source>Save location</source>
        <translation>Standort speichern</translation>
    </message>
    <message>
        <source>Save SKU</source>
        <translation>Artikel speichern</translation>
    </message>
    <message>
        <source>Set policy</source>
        <translation>Regel festlegen</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Einbuchen</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure buchen</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <source>Commit order</source>
        <translation>Auftrag bestätigen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>qty %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>gezählt %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>reservation %1</source>
        <translation>Reservierung %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>buffer %1% / min %2</source>
        <translation>Puffer %1 % / min. %2</translation>
    </message>
    <message>
        <source>locks on</source>
        <translation>Reservierungen an</translation>
    </message>
    <message>
        <source>locks off</source>
        <translation>Reservierungen aus</translation>
    </message>
    <message>
        <source>Not enough stock: %1 available to promise</source>
        <translation>Nicht genug Bestand: ATP %1</translation>
    </message>
    <message>
        <source>Over the per-hold limit of %1</source>
        <translation>Über dem Limit von %1 je Reservierung</translation>
    </message>
    <message>
        <source>Holds are switched off for this SKU</source>
        <translation>Reservierungen sind für diesen Artikel ausgeschaltet</translation>
    </message>
    <message>
        <source>The goods are past their expiry date</source>
        <translation>Die Ware hat ihr Ablaufdatum überschritten</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>Ihre Rolle darf das nicht</translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation>Unbekannter Artikel</translation>
    </message>
    <message>
        <source>Unknown location</source>
        <translation>Unbekannter Standort</translation>
    </message>
    <message>
        <source>Unknown reservation</source>
        <translation>Unbekannte Reservierung</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Ungültige Eingabe: %1</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Ungültiges Feld %1: %2</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DashboardDetailModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Verkaufbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Available to promise</source>
        <translation>ATP</translation>
    </message>
    <message>
        <source>Orders at risk</source>
        <translation>Gefährdete Aufträge</translation>
    </message>
    <message>
        <source>Reserved at risk</source>
        <translation>Reserviert (gefährdet)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Abverkaufsquote</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Wert zum Einstandspreis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What the channels may still sell: sellable less reserved and buffer</source>
        <translation>Was die Kanäle noch verkaufen dürfen: verkaufbar minus reserviert minus Puffer</translation>
    </message>
    <message>
        <source>Units reserved by the orders the shelf no longer covers</source>
        <translation>Einheiten, die für Aufträge reserviert sind, die der Regalbestand nicht mehr deckt</translation>
    </message>
    <message>
        <source>Days to the batch&apos;s last sellable day; negative once past it</source>
        <translation>Tage bis zum letzten Verkaufstag der Charge; negativ, sobald er überschritten ist</translation>
    </message>
    <message>
        <source>Days since the batch was received</source>
        <translation>Tage seit dem Wareneingang der Charge</translation>
    </message>
    <message>
        <source>Units sold over the SKU&apos;s deadstock window, of those sold and on hand</source>
        <translation>Im Ladenhüter-Zeitraum des Artikels verkaufte Einheiten, bezogen auf verkaufte und vorrätige Einheiten</translation>
    </message>
    <message>
        <source>Quantity times the SKU&apos;s unit cost</source>
        <translation>Menge mal Einstandspreis je Einheit des Artikels</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DashboardModel</name>
    <message>
        <source>%1 (%2), a store</source>
        <translation>%1 (%2), eine Filiale</translation>
    </message>
    <message>
        <source>%1 (%2), a warehouse</source>
        <translation>%1 (%2), ein Lager</translation>
    </message>
    <message>
        <source>SKUs carried</source>
        <translation>Geführte Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) with stock records at this location</source>
        <translation>
            <numerusform>%Ln Artikel mit Bestandsdaten an diesem Standort</numerusform>
            <numerusform>%Ln Artikel mit Bestandsdaten an diesem Standort</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of stock value</source>
        <translation>%1 des Bestandswerts</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SKU(s)</source>
        <translation>
            <numerusform>%1 von %Ln Artikel</numerusform>
            <numerusform>%1 von %Ln Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::DeadstockTable</name>
    <message>
        <source>Discount</source>
        <translation>Rabattieren</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bündeln</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagern</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Deadstock</source>
        <translation>Ladenhüter</translation>
    </message>
    <message>
        <source>Expiry risk</source>
        <translation>Ablaufrisiko</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Langsamdreher</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>No batch needs a decision.</source>
        <translation>Keine Charge erfordert eine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>An action, its number of batches and their value: &quot;Discount 12 (310.20)&quot;.</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Cover (days)</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Abverkaufsquote</translation>
    </message>
    <message>
        <source>Sold a day (7 d)</source>
        <translation>Absatz pro Tag (7 Tage)</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Letzter Verkauf</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 at cost</source>
        <translation>%1 zum Einstandspreis</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::HealthRules</name>
    <message>
        <source>Amber from the first one, red from %1.</source>
        <translation>Gelb ab dem ersten Fall, Rot ab %1.</translation>
    </message>
    <message>
        <source>Amber from %1, red from %2.</source>
        <translation>Gelb ab %1, Rot ab %2.</translation>
    </message>
    <message>
        <source>Expired on %1, hidden: to be written off</source>
        <translation>Am %1 abgelaufen, ausgeblendet: abzuschreiben</translation>
    </message>
    <message>
        <source>Past its date (%1) and not hidden yet</source>
        <translation>Datum überschritten (%1) und noch nicht ausgeblendet</translation>
    </message>
    <message>
        <source>Hidden from sale before it expires on %1</source>
        <translation>Vor dem Ablauf am %1 aus dem Verkauf ausgeblendet</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln day(s), on %1</source>
        <translation>
            <numerusform>Läuft in %Ln Tag ab, am %1</numerusform>
            <numerusform>Läuft in %Ln Tagen ab, am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden at expiry, to be written off</source>
        <translation>Wegen Ablauf ausgeblendet, abzuschreiben</translation>
    </message>
    <message>
        <source>%1 days old, %2 % sold in %3 days</source>
        <translation>%1 Tage alt, %2 % in %3 Tagen verkauft</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sold in 7 days, %Ln day(s) left to sell it</source>
        <translation>
            <numerusform>In 7 Tagen nichts verkauft, noch %Ln Tag für den Abverkauf</numerusform>
            <numerusform>In 7 Tagen nichts verkauft, noch %Ln Tage für den Abverkauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days to sell it at the current rate, %Ln day(s) left</source>
        <translation>
            <numerusform>Beim aktuellen Absatz %1 Tage bis zum Abverkauf, noch %Ln Tag übrig</numerusform>
            <numerusform>Beim aktuellen Absatz %1 Tage bis zum Abverkauf, noch %Ln Tage übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Expiring in %1 days</source>
        <translation>Läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>Deadstock value</source>
        <translation>Wert der Ladenhüter</translation>
    </message>
    <message>
        <source>No stock here yet.</source>
        <translation>Hier gibt es noch keinen Bestand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SKU(s) (%2).</source>
        <translation>
            <numerusform>%1 von %Ln Artikel (%2).</numerusform>
            <numerusform>%1 von %Ln Artikeln (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SKU(s) (%2) have a batch expiring within %3 days or past its date.</source>
        <translation>
            <numerusform>%1 von %Ln Artikel (%2) mit einer Charge, die innerhalb von %3 Tagen abläuft oder abgelaufen ist.</numerusform>
            <numerusform>%1 von %Ln Artikeln (%2) mit einer Charge, die innerhalb von %3 Tagen abläuft oder abgelaufen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at cost in %Ln batch(es): %2 of the stock value (%3).</source>
        <translation>
            <numerusform>%1 zum Einstandspreis in %Ln Charge: %2 des Bestandswerts (%3).</numerusform>
            <numerusform>%1 zum Einstandspreis in %Ln Chargen: %2 des Bestandswerts (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::HistoryModel</name>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>hold expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>versendet</translation>
    </message>
    <message>
        <source>Command %1 (seq %2)</source>
        <translation>Befehl %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>%1 reserved</source>
        <translation>%1 reserviert</translation>
    </message>
    <message>
        <source>%1 sellable</source>
        <translation>%1 verkaufbar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>ATP after</source>
        <translation>ATP danach</translation>
    </message>
    <message>
        <source>Received, best before %1</source>
        <translation>Wareneingang, Ablauf %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>%1 (ref. %2)</source>
        <translation>%1 (Ref. %2)</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Dispatched for order %1</source>
        <translation>Versendet für Auftrag %1</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>Gezählt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Returned (ref. %1)</source>
        <translation>Retoure (Ref. %1)</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Written off: %1</source>
        <translation>Abgeschrieben: %1</translation>
    </message>
    <message>
        <source>Hidden before expiry</source>
        <translation>Vor Ablauf ausgeblendet</translation>
    </message>
    <message>
        <source>Held for %1 until %2</source>
        <translation>Reserviert für %1 bis %2</translation>
    </message>
    <message>
        <source>Order placed by %1</source>
        <translation>Auftrag von %1</translation>
    </message>
    <message>
        <source>Hold turned into an order</source>
        <translation>Reservierung in Auftrag umgewandelt</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <source>Stock policy changed</source>
        <translation>Bestandsregel geändert</translation>
    </message>
    <message>
        <source>SKU details saved</source>
        <translation>Artikeldaten gespeichert</translation>
    </message>
    <message>
        <source>Location saved</source>
        <translation>Standort gespeichert</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::InventoryModel</name>
    <message>
        <source>Units in batches at or near expiry, no longer offered for sale</source>
        <translation>Einheiten in abgelaufenen oder bald ablaufenden Chargen, nicht mehr im Verkauf</translation>
    </message>
    <message>
        <source>Units held back from the sales channels by the buffer policy</source>
        <translation>Einheiten, die die Pufferregel den Vertriebskanälen vorenthält</translation>
    </message>
    <message>
        <source>Available to promise: sellable minus reserved minus buffer</source>
        <translation>ATP (zusagefähig): verkaufbar minus reserviert minus Puffer</translation>
    </message>
    <message numerus="yes">
        <source>Sellable units divided by the average units sold a day over the last %Ln day(s)</source>
        <translation>
            <numerusform>Verkaufbare Einheiten geteilt durch den Absatz des letzten Tages</numerusform>
            <numerusform>Verkaufbare Einheiten geteilt durch den durchschnittlichen Tagesabsatz der letzten %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>ATP</source>
        <translation>ATP</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 units sold a day on average over the last %Ln day(s)</source>
        <translation>
            <numerusform>%1 Einheiten am letzten Tag verkauft</numerusform>
            <numerusform>Im Schnitt %1 Einheiten pro Tag in den letzten %Ln Tagen verkauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sales in the last %Ln day(s)</source>
        <translation>
            <numerusform>Keine Verkäufe am letzten Tag</numerusform>
            <numerusform>Keine Verkäufe in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::items::LiveQuery</name>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::OutboxModel</name>
    <message>
        <source>Waiting to be sent to the service</source>
        <translation>Wartet auf das Senden an den Dienst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::PolicyModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s) follow a policy of their own</source>
        <translation>
            <numerusform>%Ln Standort hat eine eigene Regel</numerusform>
            <numerusform>%Ln Standorte haben eine eigene Regel</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit per hold</source>
        <translation>Kein Limit je Reservierung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Stock held back from channels: the larger of the minimum and the percentage of sellable stock</source>
        <translation>Den Kanälen vorenthaltener Bestand: der größere Wert aus Minimum und Prozentsatz des verkaufbaren Bestands</translation>
    </message>
    <message>
        <source>How long a channel&apos;s hold lasts before it is released</source>
        <translation>Wie lange die Reservierung eines Kanals gilt, bevor sie freigegeben wird</translation>
    </message>
    <message>
        <source>Batches are hidden from channels this many hours before they expire</source>
        <translation>So viele Stunden vor Ablauf werden Chargen für die Kanäle ausgeblendet</translation>
    </message>
    <message>
        <source>Available to promise at or below this counts as low stock</source>
        <translation>ATP auf oder unter diesem Wert gilt als niedriger Bestand</translation>
    </message>
    <message>
        <source>Locations with a policy of their own for this SKU</source>
        <translation>Standorte mit eigener Regel für diesen Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Buffer %</source>
        <translation>Puffer %</translation>
    </message>
    <message>
        <source>Buffer min</source>
        <translation>Puffer min.</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Lock TTL (s)</source>
        <translation>Haltedauer (s)</translation>
    </message>
    <message>
        <source>Max per hold</source>
        <translation>Max. je Reservierung</translation>
    </message>
    <message>
        <source>Hide before expiry (h)</source>
        <translation>Ausblenden vor Ablauf (h)</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedrig ab</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Abweichungen</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::PolicyPreviewModel</name>
    <message>
        <source>This location keeps a policy of its own and is not changed</source>
        <translation>Dieser Standort hat eine eigene Regel und wird nicht geändert</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Verkaufbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>ATP</source>
        <translation>ATP</translation>
    </message>
    <message>
        <source>New buffer</source>
        <translation>Puffer neu</translation>
    </message>
    <message>
        <source>New ATP</source>
        <translation>ATP neu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::ReceiptModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingebucht</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reversal pending</source>
        <translation>Storno ausstehend</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Waiting to be sent to the service</source>
        <translation>Wartet auf das Senden an den Dienst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reversal rejected: %1</source>
        <translation>Storno abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::ReservationModel</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
            <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>The shelf no longer covers this order</source>
        <translation>Der Regalbestand deckt diesen Auftrag nicht mehr</translation>
    </message>
    <message>
        <source>Released automatically at %1</source>
        <translation>Automatische Freigabe: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>shelfsync::items::StockStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) at risk: the shelf no longer covers them</source>
        <translation>
            <numerusform>%Ln Auftrag gefährdet: Der Regalbestand deckt ihn nicht mehr</numerusform>
            <numerusform>%Ln Aufträge gefährdet: Der Regalbestand deckt sie nicht mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sellable on the shelf</source>
        <translation>Nichts Verkaufbares im Regal</translation>
    </message>
    <message>
        <source>Nothing to promise: every sellable unit is reserved or held as buffer</source>
        <translation>Kein ATP: Jede verkaufbare Einheit ist reserviert oder als Puffer zurückgehalten</translation>
    </message>
    <message>
        <source>Available to promise is at or under the low-stock level (%1)</source>
        <translation>ATP liegt auf oder unter der Grenze für niedrigen Bestand (%1)</translation>
    </message>
    <message>
        <source>Less than %1 days of cover at the current sales rate</source>
        <translation>Weniger als %1 Tage Reichweite beim aktuellen Absatz</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) expire within %1 days</source>
        <translation>
            <numerusform>%Ln Einheit läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%Ln Einheiten laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) hidden near or past expiry</source>
        <translation>
            <numerusform>%Ln Einheit kurz vor oder nach Ablauf ausgeblendet</numerusform>
            <numerusform>%Ln Einheiten kurz vor oder nach Ablauf ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
</context>
<context>
    <name>shelfsync::sync::Workspace</name>
    <message>
        <source>That command is no longer waiting for a fix.</source>
        <translation>Dieser Befehl wartet nicht mehr auf eine Korrektur.</translation>
    </message>
    <message>
        <source>Not connected to the service.</source>
        <translation>Nicht mit dem Dienst verbunden.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::AgeingChart</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Wert zum Einstandspreis</translation>
    </message>
    <message>
        <source>Deadstock value</source>
        <translation>Wert der Ladenhüter</translation>
    </message>
    <message>
        <source>All stock on hand</source>
        <translation>Gesamter Bestand</translation>
    </message>
    <message>
        <source>Deadstock: batches the deadstock rules flag. All stock: every batch on hand, to see where money ages.</source>
        <translation>Ladenhüter: Chargen, die die Ladenhüter-Regeln markieren. Gesamter Bestand: jede Charge im Bestand, um zu sehen, wo gebundenes Geld altert.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Days since the stock was received</source>
        <translation>Tage seit dem Wareneingang</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>every location</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>Deadstock value by category and age · %1</source>
        <translation>Wert der Ladenhüter nach Kategorie und Alter · %1</translation>
    </message>
    <message>
        <source>No deadstock.</source>
        <translation>Keine Ladenhüter.</translation>
    </message>
    <message>
        <source>%1 tied up in deadstock</source>
        <translation>%1 in Ladenhütern gebunden</translation>
    </message>
    <message>
        <source>Stock value by category and age · %1</source>
        <translation>Bestandswert nach Kategorie und Alter · %1</translation>
    </message>
    <message>
        <source>%1 on hand at cost</source>
        <translation>%1 Bestand zum Einstandspreis</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 days: %3 at cost (%Ln unit(s))</source>
        <translation>
            <numerusform>%1 · %2 Tage: %3 zum Einstandspreis (%Ln Einheit)</numerusform>
            <numerusform>%1 · %2 Tage: %3 zum Einstandspreis (%Ln Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 days: none</source>
        <translation>%1 · %2 Tage: nichts</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anz&amp;eigen:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::AlertsView</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>&amp;Open in Inventory</source>
        <translation>Im Bestand ö&amp;ffnen</translation>
    </message>
    <message>
        <source>All alerts (%1)</source>
        <translation>Alle Meldungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Meldungen</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::BatchActionDialog</name>
    <message>
        <source>batch %1 of %2 at %3</source>
        <translation>Charge %1 von %2 in %3</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Take goods of %1 off the books; it holds %2.</source>
        <translation>Ware aus %1 abschreiben; Buchbestand: %2.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>Why: expired, damaged...</source>
        <translation>Grund: abgelaufen, beschädigt...</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Write Off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Type what is on the shelf for %1; the books say %2.</source>
        <translation>Geben Sie den Regalbestand von %1 ein; laut Buch sind es %2.</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Gezählt:</translation>
    </message>
    <message>
        <source>Record Count</source>
        <translation>Zählung buchen</translation>
    </message>
    <message>
        <source>Return inward</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Goods of %1 at %2 come back (not delivered, or returned by the customer) and go back on the shelf.</source>
        <translation>Ware von %1 in %2 kommt zurück (nicht zugestellt oder vom Kunden zurückgegeben) und geht wieder ins Regal.</translation>
    </message>
    <message>
        <source>Empty: the batch that sells next</source>
        <translation>Leer: die Charge, die als nächste verkauft wird</translation>
    </message>
    <message>
        <source>Order or NDR number</source>
        <translation>Auftrags- oder NDR-Nummer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, for a batch no longer on record</source>
        <translation>JJJJ-MM-TT, für eine nicht mehr geführte Charge</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Charge:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>Ab&amp;laufdatum:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure buchen</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::BatchesView</name>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>Ar&amp;tikel:</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>On hand %1, available to promise %2.</source>
        <translation>Bestand %1, ATP %2.</translation>
    </message>
    <message>
        <source>Not done: %1. %2</source>
        <translation>Nicht erledigt: %1. %2</translation>
    </message>
    <message>
        <source>Pick a SKU to see its batches.</source>
        <translation>Wählen Sie einen Artikel, um seine Chargen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Write Off...</source>
        <translation>&amp;Abschreiben...</translation>
    </message>
    <message>
        <source>&amp;Count...</source>
        <translation>&amp;Zählen...</translation>
    </message>
    <message>
        <source>Return &amp;Inward...</source>
        <translation>&amp;Retoure buchen...</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>No batches of %1 here.</source>
        <translation>Hier gibt es keine Chargen von %1.</translation>
    </message>
    <message>
        <source>Batches in the order they sell: first to expire, first out.</source>
        <translation>Chargen in Verkaufsreihenfolge: was zuerst abläuft, geht zuerst raus.</translation>
    </message>
    <message>
        <source>%1: on hand %2 · hidden %3 · reserved %4 · buffer %5 · ATP %6</source>
        <translation>%1: Bestand %2 · ausgeblendet %3 · reserviert %4 · Puffer %5 · ATP %6</translation>
    </message>
    <message>
        <source>Pick a location or a batch first.</source>
        <translation>Wählen Sie zuerst einen Standort oder eine Charge.</translation>
    </message>
    <message>
        <source>Pick a batch first.</source>
        <translation>Wählen Sie zuerst eine Charge.</translation>
    </message>
    <message>
        <source>write-off of %1 from batch %2 of %3 at %4</source>
        <translation>Abschreibung von %1 aus Charge %2 von %3 in %4</translation>
    </message>
    <message>
        <source>count of %1 in batch %2 of %3 at %4</source>
        <translation>Zählung von %1 in Charge %2 von %3 in %4</translation>
    </message>
    <message>
        <source>return of %1 of %2 at %3</source>
        <translation>Retoure von %1 × %2 in %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Sending the %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Saved the %1; it goes to the service when the connection is back.</source>
        <translation>%1 gespeichert; wird an den Dienst gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ChartsView</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>How long a batch may sit before it counts as old</source>
        <translation>Wie lange eine Charge liegen darf, bevor sie als alt gilt</translation>
    </message>
    <message>
        <source>&amp;Velocity</source>
        <translation>Absa&amp;tz</translation>
    </message>
    <message>
        <source>Deadstock by &amp;Age</source>
        <translation>Ladenhüter &amp;nach Alter</translation>
    </message>
    <message>
        <source>Cover against E&amp;xpiry</source>
        <translation>Reichweite gegen Ablau&amp;f</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV...</source>
        <translation>Diagramm&amp;daten als CSV exportieren...</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;NG...</source>
        <translation>Diagramm als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Deadstock wi&amp;ndow:</source>
        <translation>&amp;Ladenhüter-Zeitraum:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Offline: charts as of %1</source>
        <translation>Offline: Diagramme mit Stand %1</translation>
    </message>
    <message>
        <source>Could not update (%1): charts as of %2</source>
        <translation>Aktualisierung fehlgeschlagen (%1): Diagramme mit Stand %2</translation>
    </message>
    <message>
        <source>Deadstock and cover charts updated %1</source>
        <translation>Ladenhüter- und Reichweitendiagramme aktualisiert: %1</translation>
    </message>
    <message>
        <source>Asking the service…</source>
        <translation>Anfrage an den Dienst…</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::CoverChart</name>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Days to expiry</source>
        <translation>Tage bis Ablauf</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Danger: will not sell before it expires</source>
        <translation>Gefahr: wird vor dem Ablauf nicht verkauft</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Langsamdreher</translation>
    </message>
    <message>
        <source>Expiry risk</source>
        <translation>Ablaufrisiko</translation>
    </message>
    <message>
        <source>Deadstock</source>
        <translation>Ladenhüter</translation>
    </message>
    <message>
        <source>No sales in 7 days (cover unknown)</source>
        <translation>Keine Verkäufe in 7 Tagen (Reichweite unbekannt)</translation>
    </message>
    <message>
        <source>Days to expiry (beyond %1 drawn at the edge)</source>
        <translation>Tage bis Ablauf (über %1 am Rand gezeichnet)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) plotted:</source>
        <translation>
            <numerusform>%Ln Charge dargestellt:</numerusform>
            <numerusform>%Ln Chargen dargestellt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the danger zone,</source>
        <translation>
            <numerusform>%Ln im Gefahrenbereich,</numerusform>
            <numerusform>%Ln im Gefahrenbereich,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no sales in 7 days.</source>
        <translation>
            <numerusform>%Ln ohne Verkäufe in 7 Tagen.</numerusform>
            <numerusform>%Ln ohne Verkäufe in 7 Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an expiry date left out.</source>
        <translation>
            <numerusform>%Ln ohne Ablaufdatum ausgelassen.</numerusform>
            <numerusform>%Ln ohne Ablaufdatum ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sold in 7 days</source>
        <translation>in 7 Tagen nichts verkauft</translation>
    </message>
    <message>
        <source>%1 days of cover</source>
        <translation>Reichweite %1 Tage</translation>
    </message>
    <message numerus="yes">
        <source>expired %Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag abgelaufen</numerusform>
            <numerusform>vor %Ln Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln day(s)</source>
        <translation>
            <numerusform>läuft in %Ln Tag ab</numerusform>
            <numerusform>läuft in %Ln Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 %3 · batch %4
%Ln unit(s), %5, %6</source>
        <translation>
            <numerusform>%1 · %2 %3 · Charge %4
%Ln Einheit, %5, %6</numerusform>
            <numerusform>%1 · %2 %3 · Charge %4
%Ln Einheiten, %5, %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Days of cover (beyond %1 at the top)</source>
        <translation>Reichweite in Tagen (über %1 am oberen Rand)</translation>
    </message>
    <message>
        <source>Days of cover at the 7-day velocity against days to expiry, per batch</source>
        <translation>Reichweite beim 7-Tage-Absatz gegen Tage bis Ablauf, je Charge</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::DashboardView</name>
    <message>
        <source>Inventory health by location</source>
        <translation>Bestandszustand nach Standort</translation>
    </message>
    <message>
        <source>Hover a figure for its thresholds; Enter shows its rows</source>
        <translation>Zeigen Sie auf eine Kennzahl, um ihre Schwellen zu sehen; die Eingabetaste zeigt ihre Zeilen</translation>
    </message>
    <message>
        <source>&amp;Open Row</source>
        <translation>&amp;Zeile öffnen</translation>
    </message>
    <message>
        <source>Switch Between &amp;Figures and Rows</source>
        <translation>Zwischen &amp;Kennzahlen und Zeilen wechseln</translation>
    </message>
    <message>
        <source>Show the &amp;Worst Figure</source>
        <translation>&amp;Schlechteste Kennzahl anzeigen</translation>
    </message>
    <message>
        <source>No locations yet</source>
        <translation>Noch keine Standorte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s), %1</source>
        <translation>
            <numerusform>%Ln Artikel, %1</numerusform>
            <numerusform>%Ln Artikel, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es), %1 at cost</source>
        <translation>
            <numerusform>%Ln Charge, %1 zum Einstandspreis</numerusform>
            <numerusform>%Ln Chargen, %1 zum Einstandspreis</numerusform>
        </translation>
    </message>
    <message>
        <source>Live · as of %1</source>
        <translation>Live · Stand %1</translation>
    </message>
    <message>
        <source>Offline since %1 · last known figures</source>
        <translation>Offline seit %1 · letzter bekannter Stand</translation>
    </message>
    <message>
        <source>Not connected · last known figures</source>
        <translation>Nicht verbunden · letzter bekannter Stand</translation>
    </message>
    <message>
        <source>The figures count the stock the service last sent; changes made elsewhere since then are not in them.</source>
        <translation>Die Kennzahlen zählen den Bestand, den der Dienst zuletzt gesendet hat; seitdem anderswo vorgenommene Änderungen sind nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::DeadstockView</name>
    <message>
        <source>Export &amp;Table as CSV...</source>
        <translation>&amp;Tabelle als CSV exportieren...</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Anz&amp;eigen:</translation>
    </message>
    <message>
        <source>Done: %1. The table updates with the next refresh.</source>
        <translation>Erledigt: %1. Die Tabelle zeigt es nach der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>Not done: %1. %2</source>
        <translation>Nicht erledigt: %1. %2</translation>
    </message>
    <message>
        <source>Pick a batch to act on it; its reason is in the Reason column.</source>
        <translation>Wählen Sie eine Charge, um sie zu bearbeiten; den Grund nennt die Spalte „Grund“.</translation>
    </message>
    <message>
        <source>&amp;Write Off...</source>
        <translation>&amp;Abschreiben...</translation>
    </message>
    <message>
        <source>&amp;Count...</source>
        <translation>&amp;Zählen...</translation>
    </message>
    <message>
        <source>Open &amp;Policy</source>
        <translation>&amp;Regel öffnen</translation>
    </message>
    <message>
        <source>Take the selected batch off the books</source>
        <translation>Die ausgewählte Charge abschreiben</translation>
    </message>
    <message>
        <source>Record what is on the shelf for the selected batch</source>
        <translation>Den Regalbestand der ausgewählten Charge erfassen</translation>
    </message>
    <message>
        <source>Open the buffer and lock policy of the selected SKU</source>
        <translation>Die Puffer- und Reservierungsregel des ausgewählten Artikels öffnen</translation>
    </message>
    <message>
        <source>Open the batches of the selected row&apos;s cell</source>
        <translation>Die Chargen des Artikels am Standort der ausgewählten Zeile öffnen</translation>
    </message>
    <message>
        <source>Refresh failed (%1); showing the batches as last known at %2.</source>
        <translation>Aktualisierung fehlgeschlagen (%1); angezeigt werden die Chargen mit dem Stand von %2.</translation>
    </message>
    <message>
        <source>The table could not be loaded: %1</source>
        <translation>Die Tabelle konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Offline: showing the batches as last known at %1.</source>
        <translation>Offline: Angezeigt werden die Chargen mit dem Stand von %1.</translation>
    </message>
    <message>
        <source>Offline: the table loads when the connection is back.</source>
        <translation>Offline: Die Tabelle wird geladen, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Pick a batch first.</source>
        <translation>Wählen Sie zuerst eine Charge.</translation>
    </message>
    <message>
        <source>%1 of %2 at %3 (%4)</source>
        <translation>%1 von %2 in %3 (%4)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Sending: %1…</source>
        <translation>Wird gesendet: %1…</translation>
    </message>
    <message>
        <source>Saved: %1; it goes to the service when the connection is back.</source>
        <translation>Gespeichert: %1; wird an den Dienst gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Open Batc&amp;hes</source>
        <translation>&amp;Chargen öffnen</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ExportActions</name>
    <message>
        <source>Export Chart as &amp;PNG...</source>
        <translation>Diagramm als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV...</source>
        <translation>Daten als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::FixCommandDialog</name>
    <message>
        <source>Fix and resend: %1</source>
        <translation>Korrigieren und erneut senden: %1</translation>
    </message>
    <message>
        <source>The service refused this: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Der Dienst hat dies abgelehnt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::HistoryDialog</name>
    <message>
        <source>ATP after</source>
        <translation>ATP danach</translation>
    </message>
    <message>
        <source>History of %1 at %2</source>
        <translation>Verlauf von %1 in %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %4</source>
        <translation>%1 %2 in %3 %4</translation>
    </message>
    <message>
        <source>On hand %1 · hidden %2 · reserved %3 · buffer %4 · available to promise %5</source>
        <translation>Bestand %1 · ausgeblendet %2 · reserviert %3 · Puffer %4 · ATP %5</translation>
    </message>
    <message>
        <source>%1: %2, best before %3</source>
        <translation>%1: %2, Ablauf %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, hidden</source>
        <translation>%1: %2, ausgeblendet</translation>
    </message>
    <message>
        <source>No batches on hand</source>
        <translation>Keine Chargen im Bestand</translation>
    </message>
    <message>
        <source>Batches, next out first: %1</source>
        <translation>Chargen in Abgangsreihenfolge: %1</translation>
    </message>
    <message>
        <source>Loading the history from the service…</source>
        <translation>Verlauf wird vom Dienst geladen…</translation>
    </message>
    <message>
        <source>History not available: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first</source>
        <translation>
            <numerusform>%Ln Ereignis, neuestes zuerst</numerusform>
            <numerusform>%Ln Ereignisse, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::InventoryView</name>
    <message>
        <source>Search SKU, name, category or GTIN (Ctrl+F)</source>
        <translation>Artikel, Name, Kategorie oder GTIN suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Find in Inventory</source>
        <translation>Im Bestand &amp;suchen</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Only &amp;Problems</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::NewSkuDialog</name>
    <message>
        <source>New SKU</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>e.g. OAT-1L</source>
        <translation>z. B. OAT-1L</translation>
    </message>
    <message>
        <source>Name as on the label</source>
        <translation>Name wie auf dem Etikett</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No SKU has this barcode yet. Add it to the catalogue, then the goods are received.</source>
        <translation>Noch kein Artikel hat diesen Barcode. Legen Sie ihn im Katalog an, dann wird die Ware eingebucht.</translation>
    </message>
    <message>
        <source>GTIN:</source>
        <translation>GTIN:</translation>
    </message>
    <message>
        <source>SKU &amp;id:</source>
        <translation>Artikel-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Shelf life:</source>
        <translation>&amp;Haltbarkeit:</translation>
    </message>
    <message>
        <source>Save SKU</source>
        <translation>Artikel speichern</translation>
    </message>
    <message>
        <source>SKU %1 already exists: choose another id.</source>
        <translation>Artikel %1 gibt es schon: Wählen Sie eine andere ID.</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::OutboxView</name>
    <message>
        <source>&amp;Fix and Resend...</source>
        <translation>&amp;Korrigieren und erneut senden...</translation>
    </message>
    <message>
        <source>&amp;Discard Command</source>
        <translation>Befehl ver&amp;werfen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln command(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Befehl wartet auf das Senden</numerusform>
            <numerusform>%Ln Befehle warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln Konflikt zu lösen</numerusform>
            <numerusform>%Ln Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resent</source>
        <translation>Nicht erneut gesendet</translation>
    </message>
    <message>
        <source>Discard command</source>
        <translation>Befehl verwerfen</translation>
    </message>
    <message>
        <source>Discard &quot;%1: %2&quot;? It will not be sent again.</source>
        <translation>„%1: %2“ verwerfen? Der Befehl wird nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::PoliciesView</name>
    <message>
        <source>Search SKU or name</source>
        <translation>Artikel oder Name suchen</translation>
    </message>
    <message>
        <source>&amp;Find SKU</source>
        <translation>&amp;Artikel suchen</translation>
    </message>
    <message>
        <source>&amp;Save Policy</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Kat&amp;egorie:</translation>
    </message>
    <message>
        <source>What-if: buffer and ATP per location</source>
        <translation>Was-wäre-wenn: Puffer und ATP je Standort</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Policy saved</source>
        <translation>Regel gespeichert</translation>
    </message>
    <message>
        <source>The policy of %1 was not saved: %2</source>
        <translation>Die Regel für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>A&amp;pplies to:</source>
        <translation>Gilt &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>P&amp;uffer:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Buffer &amp;minimum:</source>
        <translation>Puffer-&amp;Minimum:</translation>
    </message>
    <message>
        <source>Channels may hold stock</source>
        <translation>Kanäle dürfen Ware reservieren</translation>
    </message>
    <message>
        <source>&amp;Locks:</source>
        <translation>Reser&amp;vierungen:</translation>
    </message>
    <message>
        <source>Lock &amp;TTL:</source>
        <translation>Hal&amp;tedauer:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ma&amp;x per hold:</source>
        <translation>Ma&amp;x. je Reservierung:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>&amp;Hide before expiry:</source>
        <translation>Ausb&amp;lenden vor Ablauf:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>L&amp;ow stock at:</source>
        <translation>&amp;Niedriger Bestand ab:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saving the policy of %Ln SKU(s)...</source>
        <translation>
            <numerusform>Regel für %Ln Artikel wird gespeichert...</numerusform>
            <numerusform>Regeln für %Ln Artikel werden gespeichert...</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Regel für %1</translation>
    </message>
    <message numerus="yes">
        <source>Policy of %Ln SKU(s)</source>
        <translation>
            <numerusform>Regel für %Ln Artikel</numerusform>
            <numerusform>Regel für %Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>All locations (SKU default)</source>
        <translation>Alle Standorte (Artikel-Standard)</translation>
    </message>
    <message>
        <source>%1 (%2) only</source>
        <translation>Nur %1 (%2)</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Changed: saved for every selected SKU</source>
        <translation>Geändert: wird für jeden ausgewählten Artikel gespeichert</translation>
    </message>
    <message>
        <source>Your role may not change policies</source>
        <translation>Ihre Rolle darf keine Regeln ändern</translation>
    </message>
    <message>
        <source>Save the changed fields for every selected SKU</source>
        <translation>Die geänderten Felder für jeden ausgewählten Artikel speichern</translation>
    </message>
    <message>
        <source>Select one or more SKUs to see and change their policy.</source>
        <translation>Wählen Sie einen oder mehrere Artikel, um ihre Regel zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>The default of every location.</source>
        <translation>Der Standard für alle Standorte.</translation>
    </message>
    <message numerus="yes">
        <source>The default of every location; %Ln location override(s) keep their own values.</source>
        <translation>
            <numerusform>Der Standard für alle Standorte; %Ln Standort-Abweichung behält ihre eigenen Werte.</numerusform>
            <numerusform>Der Standard für alle Standorte; %Ln Standort-Abweichungen behalten ihre eigenen Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates an override at %1; other locations keep the default.</source>
        <translation>Legt eine Abweichung für %1 an; andere Standorte behalten den Standard.</translation>
    </message>
    <message numerus="yes">
        <source>Changes the override at %1 (%Ln SKU(s) have one).</source>
        <translation>
            <numerusform>Ändert die Abweichung für %1 (%Ln Artikel hat eine).</numerusform>
            <numerusform>Ändert die Abweichung für %1 (%Ln Artikel haben eine).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ReceivingView</name>
    <message>
        <source>Could not read the scan (%1). Scan again, or type the SKU.</source>
        <translation>Scan nicht lesbar (%1). Erneut scannen oder den Artikel eingeben.</translation>
    </message>
    <message>
        <source>No SKU has the barcode %1. Ask a merchandiser to add it; nothing was received.</source>
        <translation>Kein Artikel hat den Barcode %1. Bitten Sie einen Sortimentsmanager, ihn anzulegen; nichts wurde eingebucht.</translation>
    </message>
    <message>
        <source>No SKU has the barcode %1; nothing was received.</source>
        <translation>Kein Artikel hat den Barcode %1; nichts wurde eingebucht.</translation>
    </message>
    <message>
        <source>The new SKU was not saved: %1</source>
        <translation>Der neue Artikel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the new SKU %1 (%2). Your role may not receive goods.</source>
        <translation>Neuer Artikel %1 (%2) gespeichert. Ihre Rolle darf keine Ware einbuchen.</translation>
    </message>
    <message>
        <source>Your role may not receive goods.</source>
        <translation>Ihre Rolle darf keine Ware einbuchen.</translation>
    </message>
    <message>
        <source>Choose the location first.</source>
        <translation>Wählen Sie zuerst den Standort.</translation>
    </message>
    <message>
        <source>Scan a barcode, or type the SKU.</source>
        <translation>Scannen Sie einen Barcode oder geben Sie den Artikel ein.</translation>
    </message>
    <message>
        <source>No SKU &quot;%1&quot; in the catalogue.</source>
        <translation>Kein Artikel „%1“ im Katalog.</translation>
    </message>
    <message>
        <source>Type the batch of %1, then press Enter.</source>
        <translation>Geben Sie die Charge von %1 ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: bitte als JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>%1 expires: type the expiry date (YYYY-MM-DD), then press Enter.</source>
        <translation>%1 hat ein Ablaufdatum: Geben Sie es ein (JJJJ-MM-TT) und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Refused: batch %1 of %2 expired on %3. Nothing was received.</source>
        <translation>Abgewiesen: Charge %1 von %2 ist am %3 abgelaufen. Nichts wurde eingebucht.</translation>
    </message>
    <message>
        <source>Batch %1 of %2 expires on %3 and goes off sale at once. Receive it anyway?</source>
        <translation>Charge %1 von %2 läuft am %3 ab und geht sofort aus dem Verkauf. Trotzdem einbuchen?</translation>
    </message>
    <message>
        <source>Batch %1 of %2 expires on %3 and goes off sale on %4. Receive it anyway?</source>
        <translation>Charge %1 von %2 läuft am %3 ab und geht am %4 aus dem Verkauf. Trotzdem einbuchen?</translation>
    </message>
    <message>
        <source>Goods near expiry</source>
        <translation>Ware kurz vor Ablauf</translation>
    </message>
    <message>
        <source>Not received: batch %1 of %2 is near expiry.</source>
        <translation>Nicht eingebucht: Charge %1 von %2 läuft bald ab.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 × %2 (batch %3) at %4</source>
        <translation>%1 × %2 (Charge %3) in %4</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>%1 wird eingebucht…</translation>
    </message>
    <message>
        <source>Saved %1; it goes to the service when the connection is back.</source>
        <translation>%1 gespeichert; wird an den Dienst gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipts this session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wareneingänge dieser Sitzung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Einbuchen</translation>
    </message>
    <message>
        <source>Receive the scanned or typed goods (Ctrl+Return)</source>
        <translation>Die gescannte oder eingegebene Ware einbuchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Re&amp;verse Receipt...</source>
        <translation>Wareneingang s&amp;tornieren...</translation>
    </message>
    <message>
        <source>&amp;Scan Field</source>
        <translation>&amp;Scanfeld</translation>
    </message>
    <message>
        <source>Scan here: the scanner types the barcode and Enter</source>
        <translation>Hier scannen: Der Scanner sendet den Barcode und die Eingabetaste</translation>
    </message>
    <message>
        <source>Lot / batch</source>
        <translation>Los/Charge</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Einbuchen</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>Sca&amp;n:</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>Ar&amp;tikel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Charge:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>Ab&amp;laufdatum:</translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Your role (%1) may not receive goods: scans only look up the SKU.</source>
        <translation>Ihre Rolle (%1) darf keine Ware einbuchen: Scans suchen nur den Artikel.</translation>
    </message>
    <message>
        <source>Scan a barcode, or type the SKU, batch and expiry below.</source>
        <translation>Scannen Sie einen Barcode oder geben Sie unten Artikel, Charge und Ablaufdatum ein.</translation>
    </message>
    <message>
        <source>(unknown SKU)</source>
        <translation>(unbekannter Artikel)</translation>
    </message>
    <message>
        <source>(new SKU, not yet saved)</source>
        <translation>(neuer Artikel, noch nicht gespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) shelf life</source>
        <translation>
            <numerusform>%Ln Tag haltbar</numerusform>
            <numerusform>%Ln Tage haltbar</numerusform>
        </translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>Pick a received line to reverse.</source>
        <translation>Wählen Sie eine eingebuchte Zeile zum Stornieren.</translation>
    </message>
    <message>
        <source>Batch %1 of %2 at %3 holds %4 of the %5 received: count it on the Batches screen instead.</source>
        <translation>Charge %1 von %2 in %3 enthält nur noch %4 der %5 eingebuchten Einheiten: Zählen Sie sie stattdessen in der Ansicht „Chargen und Ablauf“.</translation>
    </message>
    <message>
        <source>Reverse receipt</source>
        <translation>Wareneingang stornieren</translation>
    </message>
    <message>
        <source>Take %1 back out of stock? The batch is adjusted by -%2.</source>
        <translation>%1 wieder aus dem Bestand nehmen? Die Charge wird um -%2 korrigiert.</translation>
    </message>
    <message>
        <source>Reversing %1…</source>
        <translation>%1 wird storniert…</translation>
    </message>
    <message>
        <source>Saved the new SKU %1.</source>
        <translation>Neuer Artikel %1 gespeichert.</translation>
    </message>
    <message>
        <source>Received %1.</source>
        <translation>Eingebucht: %1.</translation>
    </message>
    <message>
        <source>Reversed %1.</source>
        <translation>Storniert: %1.</translation>
    </message>
    <message>
        <source>On hand %1, available to promise %2.</source>
        <translation>Bestand %1, ATP %2.</translation>
    </message>
    <message>
        <source>The new SKU %1 was not saved: %2</source>
        <translation>Der neue Artikel %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Not received: %1. %2</source>
        <translation>Nicht eingebucht: %1. %2</translation>
    </message>
    <message>
        <source>Not reversed: %1. %2</source>
        <translation>Nicht storniert: %1. %2</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::ReservationsView</name>
    <message>
        <source>Committed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Vorläufige</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Release Reservation...</source>
        <translation>Reservierung &amp;freigeben...</translation>
    </message>
    <message>
        <source>&amp;Commit Hold</source>
        <translation>Reservierung &amp;bestätigen</translation>
    </message>
    <message>
        <source>Show &amp;All Reservations</source>
        <translation>&amp;Alle Reservierungen anzeigen</translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message>
        <source>Reservation %1: %2</source>
        <translation>Reservierung %1: %2</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Only %1 at %2</source>
        <translation>Nur %1 in %2</translation>
    </message>
    <message>
        <source>Release reservation %1 (%2 of %3 at %4, %5)? The stock becomes available to promise again.</source>
        <translation>Reservierung %1 (%2 × %3 in %4, %5) freigeben? Die Ware ist danach wieder als ATP verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln reservation(s)? The stock becomes available to promise again.</source>
        <translation>
            <numerusform>%Ln Reservierung freigeben? Die Ware ist danach wieder als ATP verfügbar.</numerusform>
            <numerusform>%Ln Reservierungen freigeben? Die Ware ist danach wieder als ATP verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln vorläufig</numerusform>
            <numerusform>%Ln vorläufig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln committed</source>
        <translation>
            <numerusform>%Ln bestätigt</numerusform>
            <numerusform>%Ln bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln at risk</source>
        <translation>
            <numerusform>%Ln gefährdet</numerusform>
            <numerusform>%Ln gefährdet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) held</source>
        <translation>
            <numerusform>%Ln Einheit reserviert</numerusform>
            <numerusform>%Ln Einheiten reserviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the selected reservations</source>
        <translation>Die ausgewählten Reservierungen stornieren</translation>
    </message>
    <message>
        <source>Your role may not release reservations</source>
        <translation>Ihre Rolle darf keine Reservierungen freigeben</translation>
    </message>
    <message>
        <source>Turn the selected holds into orders</source>
        <translation>Die ausgewählten vorläufigen Reservierungen in Aufträge umwandeln</translation>
    </message>
    <message>
        <source>Your role may not commit holds</source>
        <translation>Ihre Rolle darf keine Reservierungen bestätigen</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::SkuSearchField</name>
    <message>
        <source>SKU id or name</source>
        <translation>Artikel-ID oder Name</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::SyncStatusWidget</name>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>merchandiser</source>
        <translation>Sortimentsmanager</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation>Vertriebskanal</translation>
    </message>
    <message>
        <source>Show the commands waiting in the outbox</source>
        <translation>Die im Postausgang wartenden Befehle anzeigen</translation>
    </message>
    <message>
        <source>Live · synced %1</source>
        <translation>Live · synchronisiert %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Catching up...</source>
        <translation>Holt auf...</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinden...</translation>
    </message>
    <message>
        <source>Connecting... · offline since %1</source>
        <translation>Verbinden... · offline seit %1</translation>
    </message>
    <message>
        <source>Stale: the service went quiet · since %1</source>
        <translation>Veraltet: Der Dienst meldet sich nicht mehr · seit %1</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln ausstehend</numerusform>
            <numerusform>%Ln ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::VelocityChart</name>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Schnitt</translation>
    </message>
    <message>
        <source>28-day average</source>
        <translation>28-Tage-Schnitt</translation>
    </message>
    <message>
        <source>Sellable now</source>
        <translation>Jetzt verkaufbar</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Bold lines: the 7-day average. Thin lines: units sold each day. Hover a line for the day&apos;s figures.</source>
        <translation>Dicke Linien: der 7-Tage-Schnitt. Dünne Linien: verkaufte Stück je Tag. Zeigen Sie auf eine Linie, um die Zahlen des Tages zu sehen.</translation>
    </message>
    <message>
        <source>Bold lines: 7-day average · thin lines: units sold each day</source>
        <translation>Dicke Linien: 7-Tage-Schnitt · dünne Linien: verkaufte Stück je Tag</translation>
    </message>
    <message>
        <source>Chosen SKUs</source>
        <translation>Ausgewählte Artikel</translation>
    </message>
    <message>
        <source>Chart these SKUs instead of a category (up to %1)</source>
        <translation>Diese Artikel statt einer Kategorie darstellen (bis zu %1)</translation>
    </message>
    <message>
        <source>or &amp;SKUs:</source>
        <translation>&amp;oder Artikel:</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeitrau&amp;m:</translation>
    </message>
    <message>
        <source>%1 — %2: remove it from the chart</source>
        <translation>%1 — %2: aus dem Diagramm entfernen</translation>
    </message>
    <message>
        <source>Up to %1 SKUs</source>
        <translation>Bis zu %1 Artikel</translation>
    </message>
    <message>
        <source>SKU id or name</source>
        <translation>Artikel-ID oder Name</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>last %1 days</source>
        <translation>letzte %1 Tage</translation>
    </message>
    <message>
        <source>by location</source>
        <translation>nach Standort</translation>
    </message>
    <message>
        <source>%1 no sales in 7 days</source>
        <translation>%1 keine Verkäufe in 7 Tagen</translation>
    </message>
    <message>
        <source>%1 out of stock</source>
        <translation>%1 ausverkauft</translation>
    </message>
    <message>
        <source>%1 %2 days</source>
        <comment>location, days of cover</comment>
        <translation>%1 %2 Tage</translation>
    </message>
    <message>
        <source>Nothing sold in these days or the four weeks before.</source>
        <translation>In diesen Tagen und den vier Wochen davor wurde nichts verkauft.</translation>
    </message>
    <message>
        <source>Cover now: %1</source>
        <translation>Reichweite jetzt: %1</translation>
    </message>
    <message>
        <source>No categories yet: the chart appears once SKUs are in the catalogue.</source>
        <translation>Noch keine Kategorien: Das Diagramm erscheint, sobald Artikel im Katalog sind.</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>Das Diagramm konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not update the chart (%1); showing it as of %2</source>
        <translation>Das Diagramm konnte nicht aktualisiert werden (%1); angezeigt wird der Stand von %2</translation>
    </message>
    <message>
        <source>Connecting: the chart appears once connected</source>
        <translation>Verbindungsaufbau: Das Diagramm erscheint, sobald die Verbindung steht</translation>
    </message>
    <message>
        <source>Connecting: showing the chart as of %1</source>
        <translation>Verbindungsaufbau: Angezeigt wird der Stand von %1</translation>
    </message>
    <message>
        <source>Offline: the chart appears once connected</source>
        <translation>Offline: Das Diagramm erscheint, sobald die Verbindung steht</translation>
    </message>
    <message>
        <source>Offline: showing the chart as of %1</source>
        <translation>Offline: Angezeigt wird der Stand von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh Chart</source>
        <translation>Diagramm akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
</context>
<context>
    <name>shelfsync::views::VelocityPlot</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day axis labels, a QDateTime format</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Units a day</source>
        <translation>Stück pro Tag</translation>
    </message>
    <message>
        <source>%1 · each day</source>
        <comment>a location&apos;s units sold each day</comment>
        <translation>%1 · je Tag</translation>
    </message>
    <message>
        <source>%1 · 7-day average</source>
        <translation>%1 · 7-Tage-Schnitt</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>tooltip day, a QDate format</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>today&apos;s figures, the day not over</comment>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 sold (7-day average %4)</source>
        <comment>location, day, units, average</comment>
        <translation>%1 · %2: %3 verkauft (7-Tage-Schnitt %4)</translation>
    </message>
</context>
</TS>
