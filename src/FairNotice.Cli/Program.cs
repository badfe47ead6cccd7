using FairNotice.Cli;

return await CliApp.RunAsync(args, Console.Out);
