using System;

// The empty console app that FirstAnswer is compared with: the same two lines, no library.
Console.WriteLine("187 members (2025-09-17)");
Console.WriteLine("Better Coordinated Border Management");
