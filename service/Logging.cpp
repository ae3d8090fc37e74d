#include "Logging.h"

using namespace Qt::StringLiterals;

namespace shelfsync::service {

Q_LOGGING_CATEGORY(lcService, "shelfsync.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "shelfsync.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "shelfsync.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "shelfsync.http", QtInfoMsg)

void setLogLevel(const QString &level)
{
    QString rules;
    if (level == "debug"_L1)
        rules = u"shelfsync.*=true"_s;
    else if (level == "warning"_L1)
        rules = u"shelfsync.*.debug=false\nshelfsync.*.info=false"_s;
    else if (level == "error"_L1)
        rules = u"shelfsync.*.debug=false\nshelfsync.*.info=false\nshelfsync.*.warning=false"_s;
    else
        rules = u"shelfsync.*.debug=false\nshelfsync.*.info=true"_s;
    QLoggingCategory::setFilterRules(rules);
}

} // namespace shelfsync::service
