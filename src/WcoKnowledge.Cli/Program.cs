using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using WcoKnowledge.Cli;

// The wco tool. Everything happens in WcoCli.Run, which tests call in-process with their own writers.
// Output is UTF-8 everywhere (names such as "Conseil de coopération douanière"), also where the console's default is not.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
{
    environment[(string)variable.Key] = (string?)variable.Value;
}

return WcoCli.Run(args, Console.Out, Console.Error, environment, stdoutIsTerminal: !Console.IsOutputRedirected);
