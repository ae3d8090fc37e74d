#pragma once

#include <QString>
#include <QUrl>

// The planners' queries (velocity, ageing, deadstock) against whatever ledger the service
// holds (the demo's, for the README's figures): each asked `repeats` times in a row on one
// connection, printing the rows returned and the round trip's median and maximum.
void queries(const QUrl &url, const QString &token, int repeats = 5);
