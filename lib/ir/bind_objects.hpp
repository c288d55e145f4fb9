#pragma once
// compile --resources: a DataPlane policy's labels that need the control-plane object
// (`string(resource.metadata.uid)`) cannot be read from a sample, but with the objects at hand
// they can be evaluated offline, one value per object, keyed on what the policy's
// attributeSelectors say a sample of that object carries.
#include <span>

#include "diag/sink.hpp"
#include "ir/ir.hpp"
#include "model/resources.hpp"

namespace telc::ir {

/// Fills DataPlaneInput::objects of every DataPlane policy from the objects of its subject (group
/// and kind). A selector or label that fails on an object is a `resources/eval` warning at the
/// expression, naming the object; that object is left out of the selector's policy (a failed
/// selector) or of that label. A policy whose labels all come from the sample needs no objects.
void bind_objects(Program& program, std::span<const model::ResourceObject> objects, diag::Sink& sink);

}  // namespace telc::ir
