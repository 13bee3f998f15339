// Anchor translation unit for the precompiled torch header.
#include "pch/torch_pch.h"
