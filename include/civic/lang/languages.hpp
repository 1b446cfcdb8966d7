// Every language civic knows, in one list: recognisers and the detector iterate this and
// never name a language, so adding one is adding its table here.
#pragma once
#include <civic/lang/de.hpp>
#include <civic/lang/en.hpp>
#include <civic/lang/es.hpp>
#include <civic/lang/fr.hpp>
#include <civic/lang/language_table.hpp>
#include <civic/lang/pl.hpp>
#include <civic/lang/ro.hpp>
#include <civic/lang/ru.hpp>
#include <civic/lang/uk.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

// English first: it is the fallback language of the tree, and detection ties go to the
// earlier entry.
inline constexpr language_table const* all_languages[] = {&en, &ru, &uk, &fr, &de, &es, &pl, &ro};

// The table for an ISO 639-1 code ("en", "uk"), or nullptr when civic has none.
inline language_table const* find_language(std::string_view code) noexcept {
    for (auto const* t : all_languages)
        if (t->code == code) return t;
    return nullptr;
}

}  // namespace lang
CIVIC_NAMESPACE_END
