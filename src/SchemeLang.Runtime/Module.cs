// Every stackalloc in the runtime (tree scores, sibling weights, veto flags) is filled before it is read.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
