#pragma once

#include "util/FrontdeskProcess.h"
#include "util/TestDatabase.h"
#include "util/WaitUntil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <sys/prctl.h>

namespace fd::test {

// A child that dies with the test process, so a test killed halfway leaves no sender station running.
inline void dieWithTest(QProcess& process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

} // namespace fd::test
