// Fusion adaptation of the AST structs whose attributes X3 fills by sequence.
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/std_optional.hpp>

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(civic::grammar::ast::coalition_mention, name, acronym)
