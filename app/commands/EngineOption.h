#pragma once

#include "automation/whatsapp/Engine.h"
#include "models/core/Result.h"

#include <QCommandLineParser>

namespace fd {

// `--engine auto|wa-js|dom` for `dispatch` and `check --whatsapp`: how this run drives WhatsApp Web.
namespace engineoption {

void add(QCommandLineParser& parser);
// The option's engine, else `deskEngine` (the desk's setting, deskWhatsAppOptions()); a word that names no
// engine is refused with the choices.
Result<whatsapp::Engine> chosen(const QCommandLineParser& parser, whatsapp::Engine deskEngine);

} // namespace engineoption
} // namespace fd
