using GrandBy.Demo.Console;

return await DemoCommand.RunAsync(args);
