// Every stackalloc in the runtime (tree scores, sibling weights, veto flags, the interpreter's checklist marks) is filled before it is read.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
