#pragma once

#include <QJsonObject>

#include <functional>
#include <vector>

// What every scenario of the load tool shares: percentiles, waiting on the event loop,
// and the one JSON line a scenario prints.
double percentile(std::vector<double> values, double p);
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
void print(const QJsonObject &line);
