#pragma once

class QCoreApplication;

namespace shelfsync::app {

// Installs Qt's and the app's translations for the default locale (the system's, so
// LANG=de_DE.UTF-8 shows German). A language without a translation of its own gets the
// English source with its plurals ("1 day", "3 days" where the code says "%Ln day(s)").
void installTranslations(QCoreApplication &app);

} // namespace shelfsync::app
