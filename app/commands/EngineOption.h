#pragma once

#include "automation/whatsapp/Engine.h"
#include "models/core/Result.h"

#include <QCommandLineParser>

namespace fd {

class DeskConfig;

// `--engine auto|wa-js|dom` for `dispatch` and `check --whatsapp`: how this run drives WhatsApp Web.
namespace engineoption {

void add(QCommandLineParser& parser);
// The option's engine, else the desk's setting (Settings, "WhatsApp engine"); a word that names no engine is
// refused with the choices.
Result<whatsapp::Engine> chosen(const QCommandLineParser& parser, const DeskConfig& desk);

} // namespace engineoption
} // namespace fd
