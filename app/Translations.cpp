#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace shelfsync::app {

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"shelfsync"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"shelfsync_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace shelfsync::app
