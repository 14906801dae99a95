namespace T; public class P { [Test] public void X() => Assert.Pass(); }
