#pragma once

#include "Commands.h"
#include "Result.h"

#include <QJsonObject>

namespace shelfsync::domain {

// Reads a `cmd` message ({"type":"cmd","id","op","args"}) into a Command, checking every
// field; the error names the first offending field. The actor is left empty: the service
// fills it from the session, never from the message.
Result<Command> decodeCommand(const QJsonObject &message);
// Reads the args of one op, e.g. from an HTTP body.
Result<CommandArgs> decodeArgs(Op op, const QJsonObject &args);

class ArgsReader;
// The policy fields of set_policy (and of policy.changed events), with their ranges.
PolicyPatch readPolicyFields(ArgsReader &in);

QJsonObject encodeArgs(const CommandArgs &args);
QJsonObject encodeCommand(const Command &command);

} // namespace shelfsync::domain
