// civic: joint statements, open letters and appeals as structured data.
// Everything a host program needs: parse(), the model, and the exports (JSON, Akoma Ntoso,
// CSV, Popolo, Markdown, {fmt} formatters).
#pragma once
#include <civic/config.hpp>
#include <civic/export/akoma_ntoso.hpp>
#include <civic/export/csv.hpp>
#include <civic/export/format.hpp>
#include <civic/export/json.hpp>
#include <civic/export/markdown.hpp>
#include <civic/export/popolo.hpp>
#include <civic/export/xml_writer.hpp>
#include <civic/model/call.hpp>
#include <civic/model/diagnostic.hpp>
#include <civic/model/signatory.hpp>
#include <civic/model/source_span.hpp>
#include <civic/model/statement.hpp>
#include <civic/parse.hpp>
#include <civic/registry/organisation_key.hpp>
#include <civic/registry/registry.hpp>
