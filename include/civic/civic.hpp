// civic: joint statements, open letters and appeals as structured data.
// Everything a host program needs: parse(), the model, and the JSON export.
#pragma once
#include <civic/config.hpp>
#include <civic/export/json.hpp>
#include <civic/model/call.hpp>
#include <civic/model/diagnostic.hpp>
#include <civic/model/signatory.hpp>
#include <civic/model/source_span.hpp>
#include <civic/model/statement.hpp>
#include <civic/parse.hpp>
#include <civic/registry/organisation_key.hpp>
#include <civic/registry/registry.hpp>
